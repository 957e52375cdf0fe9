words = ["banana", "Apple", "cherry", "apple", "Banana", "äpple", "123", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print("a" < "b" < "c", "Z" < "a", "abc" < "abd", "ab" < "abc", [w for w in words if w > "b"])
