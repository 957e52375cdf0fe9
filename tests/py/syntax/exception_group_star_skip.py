try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("values", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types", [str(e) for e in eg.exceptions])
print(issubclass(ExceptionGroup, Exception))
