# Exceptions raised and caught in a loop, including custom classes and finally.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

def check(i):
    if i % 5 == 0:
        raise AppError(i)
    if i % 7 == 0:
        raise KeyError(i)
    return i

def run(n):
    total = caught = finals = 0
    d = {}
    for i in range(n):
        try:
            total += check(i)
        except AppError as e:
            total -= e.code
            caught += 1
        except KeyError:
            caught += 1
        finally:
            finals += 1
        try:
            d[i % 13]
        except KeyError:
            d[i % 13] = i
    return total, caught, finals, len(d)

print(run(900_000))
