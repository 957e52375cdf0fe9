class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self):
        return "Money"

m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", format(m, "short"), "{:short}".format(m), str(m))
class Plain:
    def __str__(self): return "plain"
print(format(Plain()), f"{Plain()}")
try:
    format(Plain(), "10")
except TypeError as e:
    print(e)
print(format(3.14159, ".2f"), format(42, "05d"), format("s", "^5"))
