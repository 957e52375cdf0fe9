# Ten processes that sleep, then print their number
# From seed 003 (Morvan's multiprocessing tutorial, repost), the related-article
# excerpt "多进程multiprocessing", 1.多进程Process 调用方法.
# Watch: after about a second, 0 ... 9 in some order, all at once.
# Reconstructed: the seed's excerpt stops at `p = Process(targ`; the end of
# that line and `p.start()` are added. freeze_support is imported but not
# called, as far as the excerpt shows (it matters only for frozen Windows
# executables).
from multiprocessing import Process,freeze_support
import time

def f(i):
    time.sleep(1)
    print(i)

# 这里如果不写if __name__ == "__main__":的话会报freeze_support()错误
if __name__ == "__main__":
    for i in range(10):
        p = Process(target=f, args=(i,))
        p.start()
