#!/usr/bin/env python3
"""Times the bench/*.py programs under Interleave and under CPython.

    python3 bench/compare.py [--runner CMD] [--baseline CMD] [--runs N] [NAME ...]

Each program runs N times (default 5) under each command, interleaved
(baseline, runner, baseline, runner, ...), so load on the machine hits both
alike.  The table shows each command's median wall time, the ratio
runner/baseline (below 1.0: Interleave is faster), and whether both printed
the same output (the programs print checksums, so a wrong answer shows).
The last line is the median ratio over the programs that ran correctly.
The multiprocessing benchmarks (mp_*.py) have their own runner: bench/mp.py.

--runner CMD    the command under test, given the program's path as its last
                argument (default: build/interleave); e.g. a wasm build:
                --runner "node --no-experimental-fetch build-wasm/interleave.js"
--baseline CMD  the reference (default: python3)
--runs N        runs per command and program (default 5)
--timeout SEC   per run (default 120)

A program the baseline cannot run for want of a module (greenlet_switch
needs the greenlet package) is listed as skipped, not failed.  With
Debian's python3-greenlet installed for the system Python:
    --baseline "env PYTHONPATH=/usr/lib/python3/dist-packages python3"

Exit code: 0 when every program printed the same output under both commands
(skipped ones aside).
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def programs(names):
    # mp_*.py time themselves and print timings, so their output differs run
    # to run: bench/mp.py runs them.
    all_names = sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py")
                       and f not in ("compare.py", "mp.py") and not f.startswith("mp_"))
    if not names:
        return all_names
    out = []
    for n in names:
        n = os.path.basename(n)
        n = n[:-3] if n.endswith(".py") else n
        if n not in all_names:
            sys.exit(f"compare: no benchmark named {n!r} (have: {', '.join(all_names)})")
        out.append(n)
    return out


def command(cmd):
    words = shlex.split(cmd)
    # Make words that name files relative to the repo root work from anywhere.
    return [os.path.join(REPO, w) if not os.path.isabs(w) and os.path.exists(os.path.join(REPO, w))
            and os.sep in w else w for w in words]


def run_once(cmd, path, timeout, extra=()):
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd + [path, *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=timeout, cwd=HERE)
    except subprocess.TimeoutExpired:
        return None, b"", f"timeout after {timeout}s"
    except OSError as e:
        return None, b"", str(e)
    secs = time.perf_counter() - start
    if p.returncode != 0:
        tail = p.stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
        return None, p.stdout, f"exit {p.returncode}: {tail[0][:80]}"
    return secs, p.stdout, None


def parse_args(doc, timeout):
    """The options every bench driver takes (compare.py, mp.py)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--runner", default="build/interleave")
    ap.add_argument("--baseline", default="python3")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=timeout)
    ap.add_argument("names", nargs="*")
    return ap.parse_args()


def main():
    args = parse_args(__doc__, 120)

    runner, baseline = command(args.runner), command(args.baseline)
    rname = os.path.basename(runner[0]) if len(runner) == 1 else args.runner
    bname = os.path.basename(baseline[0]) if len(baseline) == 1 else args.baseline
    rname, bname = rname[:22], bname[:22]
    names = programs(args.names)

    print(f"runs: {args.runs} each, interleaved; runner: {args.runner}; baseline: {args.baseline}")
    header = f"{'benchmark':<20} {bname + ' ms':>14} {rname + ' ms':>16} {'ratio':>7}  result"
    print(header)
    print("-" * len(header))
    ratios, bad = [], 0
    for name in names:
        path = os.path.join(HERE, name + ".py")
        btimes, rtimes, bout, rout, err = [], [], None, None, None
        for _ in range(args.runs):
            t, out, e = run_once(baseline, path, args.timeout)
            if e:
                err = f"{bname}: {e}"
                break
            btimes.append(t)
            bout = out
            t, out, e = run_once(runner, path, args.timeout)
            if e:
                err = f"{rname}: {e}"
                break
            if rout is not None and out != rout:
                err = f"{rname}: output differs between runs"
                break
            rtimes.append(t)
            rout = out
        bms = f"{statistics.median(btimes) * 1000:.0f}" if btimes else "-"
        rms = f"{statistics.median(rtimes) * 1000:.0f}" if rtimes else "-"
        if err is None and rout != bout:
            err = "OUTPUT DIFFERS: " + repr(rout.decode(errors="replace")[:60])
        if err and err.startswith(bname + ":") and "ModuleNotFoundError" in err:
            print(f"{name:<20} {bms:>14} {rms:>16} {'-':>7}  skipped: {err}", flush=True)
            continue
        if err:
            bad += 1
            print(f"{name:<20} {bms:>14} {rms:>16} {'-':>7}  {err}", flush=True)
            continue
        ratio = statistics.median(rtimes) / statistics.median(btimes)
        ratios.append(ratio)
        print(f"{name:<20} {bms:>14} {rms:>16} {ratio:>7.2f}  ok", flush=True)
    print("-" * len(header))
    if ratios:
        print(f"median ratio ({rname}/{bname}) over {len(ratios)} of {len(names)} programs: "
              f"{statistics.median(ratios):.2f}")
    else:
        print("median ratio: - (no program ran correctly under both)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
