print(__name__)
if __name__ == "__main__":
    print("running as main")
def f():
    return __name__
print(f())
