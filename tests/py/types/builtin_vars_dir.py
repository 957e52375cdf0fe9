class Animal:
    legs = 4
    def __init__(self, name):
        self.name = name
        self.age = 3
    def speak(self):
        return "..."
    def _private(self):
        pass

a = Animal("x")
print(vars(a))
print([n for n in dir(a) if not n.startswith("__")])
print([n for n in dir(Animal) if not n.startswith("__")])
print(sorted(k for k in vars(Animal) if not k.startswith("__")))
print("speak" in dir(a), "upper" in dir(str), "append" in dir([]))
try:
    vars(5)
except TypeError as e:
    print(e)
