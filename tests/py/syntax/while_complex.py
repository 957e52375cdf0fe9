# collatz lengths
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(i) for i in range(1, 16)])

# gcd via while
a, b = 1071, 462
while b:
    a, b = b, a % b
print(a)

stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    stack = stack[-1] if isinstance(stack[-1], list) else []
    depth += 1
print(depth)
