nums = [5, 2, 9, 1, 5, 6, -3]
print(sorted(nums), nums)
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ["pear", "Apple", "fig", "banana", "kiwi", "Date"]
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
print(sorted(words, key=lambda w: w[-1], reverse=True))
print(nums.sort())
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
