class Money:
    def __init__(self, amount): self.amount = amount
    def __repr__(self): return f"Money({self.amount})"
    def __str__(self): return f"${self.amount:.2f}"
wallet = [Money(1), Money(2.5)]
print(wallet)
print(wallet[0], str(wallet[1]))
print({"cash": Money(3)}, (Money(4),))
print(f"{wallet[0]} {wallet[0]!r} {wallet}")
print("%s and %r" % (Money(5), Money(6)))
