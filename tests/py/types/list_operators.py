a = [1, 2]
b = [3]
print(a + b, a * 3, 2 * b, [] * 5, [0] * 0, [[0]] * 2)
print(a == [1, 2], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print(1 in a, 3 not in a, len(a + b))
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
c = a
c += [9]
print(a, a is c)
c = c + [10]
print(a, c, a is c)
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), list())
