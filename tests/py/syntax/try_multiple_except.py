def kind(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ValueError:
        return "value"
    except Exception as e:
        return "other " + type(e).__name__
    return "none"

print(kind(lambda: {}['x']))
print(kind(lambda: [][0]))
print(kind(lambda: int('z')))
print(kind(lambda: 1 / 0))
print(kind(lambda: 0))
