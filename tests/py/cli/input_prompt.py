name = input("What is your name? ")
age = input("Age: ")
print(f"{name} is {age}")
