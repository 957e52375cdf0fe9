def load():
    try:
        int("abc")
    except ValueError as e:
        raise RuntimeError("could not load config") from e
load()
