class Weird:
    def __eq__(self, o):
        print("__eq__ called")
        return False
w = Weird()
print(w == w)
print(w in [w])      # containment checks identity first
print([w] == [w])    # so does list equality
print(w != w)
