def f():
    try:
        try:
            raise ValueError("inner")
        except KeyError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")

f()

try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise RuntimeError("during handling")
except RuntimeError as e:
    print("got", e, "context:", type(e.__context__).__name__)
