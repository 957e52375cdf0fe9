# skip: wasm-single (processes need the parallel build: one Web Worker per process)
# A child that closes (or leaves behind, by exiting) its end of a Pipe: the
# parent's send then raises BrokenPipeError, its recv EOFError.
import multiprocessing as mp


def close_and_exit(conn):
    conn.close()


def just_exit(conn):
    pass


if __name__ == '__main__':
    for target in (close_and_exit, just_exit):
        for duplex in (True, False):
            mine, theirs = mp.Pipe(duplex)
            if not duplex:  # the child gets the receiving end
                theirs, mine = mine, theirs
            p = mp.Process(target=target, args=(theirs,))
            p.start()
            theirs.close()
            p.join()
            try:
                mine.send('anyone?')
                print(target.__name__, duplex, 'sent')
            except BrokenPipeError as e:
                print(target.__name__, duplex, type(e).__name__, e)
            if duplex:
                try:
                    mine.recv()
                except EOFError:
                    print(target.__name__, duplex, 'EOFError')
            mine.close()
