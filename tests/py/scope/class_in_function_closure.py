def factory(n):
    class Counter:
        start = n
        def get(self):
            return n * 10
    return Counter
C1, C2 = factory(1), factory(2)
print(C1.start, C2.start, C1().get(), C2().get(), C1 is C2)
