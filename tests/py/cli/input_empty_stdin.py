try:
    input("prompt> ")
except EOFError as e:
    print()
    print("got EOFError:", e)
