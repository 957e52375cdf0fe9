#!/usr/bin/env python3
"""Run the gallery examples (examples/NN_*.py) on CPython, the way README.md
in this folder was measured.

    python3 tests/examples/run_cpython.py [--runs N] [--spawn] [NN ...]

Each example is copied into a fresh, empty temporary directory, which becomes
the working directory, and started there as `python3 NAME.py` (like
tests/py). For each one it prints the exit code, the wall time of every run,
whether stderr was empty, and whether stdout was the same in every run.
--spawn forces the spawn start method (through a sitecustomize.py on
PYTHONPATH) instead of the platform default (fork on Linux).
Examples 44-48 need greenlet/gevent and are skipped unless named.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.normpath(os.path.join(HERE, '..', '..', 'examples'))
NEEDS_THIRD_PARTY = range(44, 49)


def run_one(path, spawn_dir):
    name = os.path.basename(path)
    tmp = tempfile.mkdtemp(prefix='ex_')
    try:
        shutil.copy(path, tmp)
        env = dict(os.environ)
        env.pop('PYTHONPATH', None)
        env['PYTHONIOENCODING'] = 'utf-8'
        if spawn_dir:
            env['PYTHONPATH'] = spawn_dir
        t0 = time.time()
        try:
            p = subprocess.run([sys.executable, name], cwd=tmp, env=env,
                               capture_output=True, timeout=120)
            rc, out, err = p.returncode, p.stdout, p.stderr
        except subprocess.TimeoutExpired as e:
            rc, out, err = 'timeout', e.stdout or b'', e.stderr or b''
        return rc, time.time() - t0, out, err
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=1)
    ap.add_argument('--spawn', action='store_true')
    ap.add_argument('only', nargs='*', help='example numbers, e.g. 08 26')
    opts = ap.parse_args()

    spawn_dir = None
    if opts.spawn:
        spawn_dir = tempfile.mkdtemp(prefix='spawn_')
        with open(os.path.join(spawn_dir, 'sitecustomize.py'), 'w') as f:
            f.write("import multiprocessing\n"
                    "multiprocessing.set_start_method('spawn', force=True)\n")

    failed = 0
    for path in sorted(glob.glob(os.path.join(EXAMPLES, '[0-9][0-9]_*.py'))):
        name = os.path.basename(path)
        num = int(name[:2])
        if opts.only and name[:2] not in opts.only:
            continue
        if not opts.only and num in NEEDS_THIRD_PARTY:
            continue
        results = [run_one(path, spawn_dir) for _ in range(opts.runs)]
        rcs = sorted({str(r[0]) for r in results})
        times = ' '.join('%.1f' % r[1] for r in results)
        same = len({r[2] for r in results}) == 1
        clean = all(r[0] == 0 and not r[3].strip() for r in results)
        failed += not clean
        print('%-42s rc=%s stderr=%s same_stdout=%s time=%s s' % (
            name, ','.join(rcs), 'empty' if all(not r[3].strip() for r in results) else 'NOT EMPTY',
            same, times), flush=True)
        if not clean:
            sys.stdout.write(results[-1][3].decode('utf-8', 'replace')[-2000:])
    if spawn_dir:
        shutil.rmtree(spawn_dir, ignore_errors=True)
    print('%s' % ('all ran cleanly' if not failed else '%d failed' % failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
