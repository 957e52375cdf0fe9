class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError("negative balance: %d" % balance)
        self.balance = balance
try:
    a = Account(-5)
except ValueError as e:
    print("failed:", e)
print("a" in globals())
b = Account(10)
print(b.balance)
