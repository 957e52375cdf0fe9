s = "no closing quote
print(s)
