from greenlet import greenlet, getcurrent, GreenletExit

def adder(a, b):
    print('adder got', a, b)
    x = main.switch(a + b)
    print('adder resumed with', x)
    y = main.switch()
    print('adder resumed with', y)
    return 'adder done'

main = getcurrent()
g = greenlet(adder)
print('first', g.switch(2, 3))
print('second', g.switch('x'))
print('third', g.switch(1, 2, k=3))
print('dead', g.dead, bool(g))
print('switch to dead goes to parent:', g.switch('ignored') if False else 'skipped')

def failing():
    raise ValueError('inside')

f = greenlet(failing)
try:
    f.switch()
except ValueError as e:
    print('parent caught', e, f.dead)

def catcher():
    try:
        main.switch('ready')
    except GreenletExit:
        print('got GreenletExit')
        return 'cleaned'

c = greenlet(catcher)
print(c.switch())
print(c.throw())
print(c.dead)

def loud():
    main.switch(1)
    print('never')
l = greenlet(loud)
l.switch()
r = l.throw()
print(type(r).__name__, l.dead)

p = greenlet(lambda: print('unstarted killed?'))
print(type(p.throw()).__name__, p.dead)

def child_of_child():
    print('inner parent is outer:', getcurrent().parent is outer)
    return 'inner result'

def outer_run():
    inner = greenlet(child_of_child)
    r = inner.switch()
    print('outer got', r)
    return 'outer result'

outer = greenlet(outer_run)
print(outer.switch())
