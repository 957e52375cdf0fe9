class Always:
    def __eq__(self, o): return True
a = Always()
print([1, a] == [1, 2], (a,) == ("x",), {"k": a} == {"k": 0})
print(a == None, None == a)
nan = float("nan")
lst = [nan]
print(lst == lst, nan == nan, nan in lst)
