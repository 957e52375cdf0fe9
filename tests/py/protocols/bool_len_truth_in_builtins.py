class Z:
    def __len__(self): return 0
class O:
    def __len__(self): return 3
print(any([Z(), Z()]), all([O(), O()]), list(filter(None, [Z(), O(), 0, 1])).__len__())
print([bool(x) for x in (Z(), O())])
while Z():
    print("never")
print("while ok")
