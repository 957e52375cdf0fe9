class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()

class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name + " jr")

for a in (Animal("x"), Dog("rex"), Puppy("rex")):
    print(a.speak(), "|", a.kind())
print(Puppy.__bases__, Dog.__base__)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
