class Huge:
    def __len__(self):
        return 2 ** 70
try:
    len(Huge())
except OverflowError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 3.0
try:
    len(FloatLen())
except TypeError as e:
    print(e)
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()))
