class AppError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError("bad input " + repr(s)) from e

try:
    parse("abc")
except AppError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
    print(e.__context__ is e.__cause__)
