print(sorted([3, 1, 2]), sorted("banana"), sorted((3, 1, 2), reverse=True))
print(sorted({3: "a", 1: "b"}), sorted([1, 2, 3], key=lambda x: -x))
print(sorted(["b", "A", "c"], key=str.lower), sorted([], reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "c")], key=lambda t: t[0]))
data = [3, 1, 2]
s = sorted(data)
print(s is data, data, s)
print(sorted([1, 2, 3], reverse=1), sorted([1, 2, 3], reverse=0), sorted([2, 1], key=None))
for expr in ["sorted()", "sorted([], 1)", "sorted(1)", "sorted([1, 'a'])", "sorted([], x=1)",
             "sorted([], reverse=1.5)", "sorted([], reverse='a')"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, 0]), any([0, 3]))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(5)))

def gen():
    yield 1
    yield 0
    print("not reached")
    yield 2

print(all(gen()), any(iter([0, "", None, 5])))
print(all((1, 2)), any((0,)), all("abc"), any({0: 1}))
for expr in ["all()", "all(1)", "any(1, 2)", "any(x=1)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
