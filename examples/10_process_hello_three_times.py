# A child process printing three times, then the parent goes on
# From seed 003 (Morvan's multiprocessing tutorial, repost), the related-article
# excerpt "python(32):多进程 multiprocessing", 1.新建单一进程.
# Watch: "hello" three times, a second apart, then "Sub-process done." from
# the parent, which waited in p.join().
# Reconstructed: the seed's excerpt stops at `for i in xrange(3): pri`; the
# rest (print msg, sleep 1 s, start and join one Process, print "Sub-process
# done.") is the program as that article is widely reposted.
# Ported: xrange -> range, print().
import multiprocessing
import time

def func(msg):
    for i in range(3):
        print(msg)
        time.sleep(1)

if __name__ == "__main__":
    p = multiprocessing.Process(target=func, args=("hello", ))
    p.start()
    p.join()
    print("Sub-process done.")
