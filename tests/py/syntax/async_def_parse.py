async def fetch(n):
    return n * 2

async def main():
    r = await fetch(3)
    async with None as x:
        pass
    async for y in None:
        pass
    return r

print(type(fetch).__name__)
print(fetch.__name__, main.__name__)
c = fetch(1)
print(type(c).__name__)
c.close()
print("defined only")
