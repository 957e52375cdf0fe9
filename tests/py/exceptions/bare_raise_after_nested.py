try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise  # re-raises the ValueError being handled
except ValueError as e:
    print("re-raised", e)
