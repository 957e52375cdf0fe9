# Greenlets passing a value with switch()
# From seed 002 (blog post on processes, threads and coroutines), 三、协程 2) test_2.py (基于greenlet).
# Watch: egon eat 1, egon play 1, egon eat 2, egon play 2: the first
# switch() to a greenlet passes its arguments; switching is explicit, and a
# time.sleep() in eat() would block everything (greenlet does not switch on I/O).
# Needs the third-party greenlet package (not in CPython's standard library).
from greenlet import greenlet
import time

def eat(name):
    print('%s eat 1' %name)
    # time.sleep(10) #并没有实现遇到io就切换的问题
    g2.switch('egon')
    print('%s eat 2' %name)
    g2.switch()
def play(name):
    print('%s play 1' %name)
    g1.switch()
    print('%s play 2' %name)
g1=greenlet(eat)
g2=greenlet(play)
g1.switch('egon')
