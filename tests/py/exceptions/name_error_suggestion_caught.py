try:
    lenght = 3
    print(lengt)
except NameError as e:
    print(e, e.name)
try:
    undefined_thing
except NameError as e:
    print(e.args)
