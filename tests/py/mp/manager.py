# Manager proxies: dict, list, Namespace, Queue, Lock, Value; the manager as a context manager.
import multiprocessing as mp


def work(d, l, ns, q, lock, v, i):
    d[i] = i * i
    l.append(i)
    with lock:
        v.value += 1
        ns.total += i
    q.put(i)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Manager() as m:
        d = m.dict({'a': 1})
        l = m.list([0])
        ns = m.Namespace()
        ns.total = 0
        ns.label = 'ns'
        q = m.Queue()
        lock = m.Lock()
        v = m.Value('i', 0)
        print(d['a'], d.get('z', 'dflt'), 'a' in d, len(d), l[0], len(l), ns.label, v.value)
        d['b'] = [1, 2]
        d.update(c=3)
        print(sorted(d.keys()), sorted(d.items()), d.pop('c'), dict(sorted(d.copy().items())))
        l.extend([5, 6])
        l[0] = -1
        print(l[:], l[1:], l.index(5), l.count(6), l.pop(), list(l))
        try:
            d['missing']
        except KeyError as e:
            print('KeyError', e)
        try:
            l[99]
        except IndexError as e:
            print('IndexError', e)
        try:
            ns.nothing
        except AttributeError as e:
            print('AttributeError')
        ps = [mp.Process(target=work, args=(d, l, ns, q, lock, v, i)) for i in range(1, 5)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted((k, x) for k, x in d.items() if isinstance(k, int)), sorted(l[2:]))
        print(ns.total, v.value, sorted(q.get() for _ in range(4)), q.empty())
        nested = d['b']
        nested.append(3)
        print('copy semantics', d['b'], nested)
        del d['b']
        print(sorted(d.keys(), key=str))
    print('manager closed')
