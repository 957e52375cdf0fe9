total = 10
def spend(amount):
    total -= amount
    return total
spend(3)
