# Without `if __name__ == '__main__':` the child re-runs the start code and fails (spawn).
import multiprocessing as mp
mp.set_start_method('spawn')


def job():
    print('job')


print('top of module')
p = mp.Process(target=job)
p.start()
p.join()
print('exitcode', p.exitcode)
