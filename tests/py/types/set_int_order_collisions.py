# CPython's exact set iteration order for ints whose hashes collide in the table
print({10, 2, 30})
print({0, -1})
print({8, 16, 0, 1})
s = {100, 3, 67}
s.add(35)
print(s)
print(list({1000, 1, 8}))
