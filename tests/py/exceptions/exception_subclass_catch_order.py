class AppError(Exception): pass
class DBError(AppError): pass
class NetError(AppError): pass
def risky(n):
    if n == 0: raise DBError("db down")
    if n == 1: raise NetError("net down")
    if n == 2: raise AppError("generic")
    return "ok"
for n in range(4):
    try:
        print(risky(n))
    except DBError as e:
        print("db handler:", e)
    except AppError as e:
        print("app handler:", type(e).__name__, e)
