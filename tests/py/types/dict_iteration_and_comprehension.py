prices = {"apple": 1.5, "banana": 0.25, "cherry": 3.0}
for name in prices:
    print(name, prices[name])
for name, p in prices.items():
    print(f"{name:>8}: {p:5.2f}")
print({k: v * 2 for k, v in prices.items() if v > 1})
print({v: k for k, v in prices.items()})
print(sorted(prices, key=prices.get), max(prices, key=prices.get))
print(sum(prices.values()), list(enumerate(prices)))
