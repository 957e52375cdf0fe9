class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, need):
        super().__init__(f"need {need} more")
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount
print(withdraw(100, 30))
print(withdraw(100, 130))
