matrix = [[1, 2], [3, 4], [5, 6]]
flat = [n for row in matrix for n in row]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(2)]
print(transposed)
print({i: [j for j in range(i)] for i in range(3)})
print(sum(x * y for x in range(3) for y in range(3) if x != y))
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
