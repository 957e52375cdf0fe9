# Two threads running one function with arguments
# From seed 002 (blog post on processes, threads and coroutines), 二、线程 1) test_1.py.
# Watch: "Main threading done" appears right away, before the threads finish,
# because main() does not join them; the two threads' lines interleave, one
# pair per second, and each thread ends with DONE!.
# Ported: the seed defines main() but never calls it (the program printed
# nothing); the `if __name__ == '__main__': main()` call is added, as in the
# seed's test_2.py.
import threading
import time


def test(msg, n):
    for i in range(n):
        print(msg + '------', n)
        time.sleep(1)
    print('DONE!')


def main():
    t1 = threading.Thread(target=test, args=('I am dacing', 5))
    t2 = threading.Thread(target=test, args=('I am singing', 5))
    t1.start()
    t2.start()
    print('Main threading done')


if __name__ == '__main__':
    main()
