print(input())
print(input())
print("unreachable")
