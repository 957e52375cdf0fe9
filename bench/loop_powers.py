# The seeds' "normal" job: an integer loop whose sum overflows 64 bits.
def job(n):
    res = 0
    for i in range(n):
        res += i + i**2 + i**3
    return res

print(job(2_000_000))
