log = []
def f():
    try:
        log.append("try")
        return log.append("return expr") or "value"
    finally:
        log.append("finally")

print(f(), log)

def g():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                log2.append(("ok", i))
            finally:
                log2.append(("inner finally", i))
        except ValueError:
            log2.append(("caught", i))
        finally:
            log2.append(("outer finally", i))
log2 = []
g()
for item in log2:
    print(item)
