stack = []
for i in range(4):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
for row in matrix:
    print(" ".join(f"{v:2d}" for v in row))
print([row[1] for row in matrix], [matrix[i][i] for i in range(3)])
