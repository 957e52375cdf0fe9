s = input()
print(s, len(s))
print(s[::-1])
