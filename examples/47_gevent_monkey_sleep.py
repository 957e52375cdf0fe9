# gevent monkey-patching: time.sleep switches greenlets
# From seed 002 (blog post on processes, threads and coroutines), 三、协程 3) test_3.py (基于gevent).
# Watch: egon eat 1 and alex play 1 print at once; after 1 s egon eat 2,
# after 3 s alex play 2: the whole run takes 3 s, not 4, because the
# patched time.sleep lets the other greenlet run.
# Needs the third-party gevent package (not in CPython's standard library).
from gevent import monkey
monkey.patch_all()  #识别整个程序中的全部io的操作

import gevent
import time
def eat(name):
    print('%s eat 1 ' %name)
    time.sleep(1)
    print('%s eat 2 ' %name)
def play(name):
    print('%s play 1' %name)
    time.sleep(3)
    print('%s play 2' %name)
g1=gevent.spawn(eat,'egon')
g2=gevent.spawn(play,'alex')

g1.join()
g2.join()  #等同于 gevent.joinall([g1,g2])
