#!/usr/bin/env python3
"""Times the multiprocessing benchmarks (bench/mp_*.py) under Interleave and
under CPython, side by side.

    python3 bench/mp.py [--runner CMD] [--baseline CMD] [--runs N] [NAME ...]

Each program prints its checksums and one `metric key=value ...` line (its
own timings: start-up of the whole interpreter is not what these measure).
Each runs N times (default 5) per column, interleaved (python3 spawn,
python3 fork, interleave, python3 spawn, ...) so load on the machine hits
all alike; the table shows each metric's median per column, the ratio
interleave / python3-spawn (spawn is the start method Interleave
implements and CPython's default on macOS and Windows; fork, Linux's
default, is shown for reference), and the issue's target where it has one.
The load average before and after is printed: the numbers mean little on a
busy machine.

--runner CMD    the command under test (default: build/interleave); the
                program's path and the start method follow it
--baseline CMD  the reference (default: python3)
--runs N        runs per column and program (default 5)
--timeout SEC   per run (default 300)

Exit code: 0 when every program printed the same checksums in every column.
"""
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import HERE, command, parse_args, run_once  # noqa: E402

# metric -> (which way is better, target for the runner or None, why)
TARGETS = {
    ("mp_compare", "speedup"): ("higher", 1.7, "multicore >= 1.7x normal on 2 cores"),
    ("mp_start", "start_join_ms"): ("lower", 2.0, "under 2 ms"),
    ("mp_queue", "msgs_per_s"): ("higher", 320000, "4x CPython's ~80k/s"),
}


def all_programs():
    return sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("mp_") and f.endswith(".py"))


def parse(out):
    """(checksum lines, {metric: float}) from a program's stdout."""
    checks, metrics = [], {}
    for line in out.decode(errors="replace").splitlines():
        if line.startswith("metric "):
            for kv in line.split()[1:]:
                k, _, v = kv.partition("=")
                metrics[k] = float(v)
        else:
            checks.append(line)
    return checks, metrics


def fmt(v):
    if v is None:
        return "-"
    return f"{v:.0f}" if abs(v) >= 1000 else f"{v:.2f}" if abs(v) < 10 else f"{v:.1f}"


def main():
    args = parse_args(__doc__, 300)

    have = all_programs()
    names = []
    for n in args.names or have:
        n = os.path.basename(n)
        n = n[:-3] if n.endswith(".py") else n
        n = n if n.startswith("mp_") else "mp_" + n
        if n not in have:
            sys.exit(f"mp: no benchmark named {n!r} (have: {', '.join(have)})")
        names.append(n)

    runner, baseline = command(args.runner), command(args.baseline)
    rname = (os.path.basename(runner[0]) if len(runner) == 1 else args.runner)[:16]
    bname = (os.path.basename(baseline[0]) if len(baseline) == 1 else args.baseline)[:10]
    columns = [(f"{bname} spawn", baseline, "spawn"), (f"{bname} fork", baseline, "fork"),
               (rname, runner, "spawn")]

    print(f"runs: {args.runs} each, interleaved; cores: {os.cpu_count()}; "
          f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    header = (f"{'benchmark':<11} {'metric':<14} " + " ".join(f"{c[0]:>16}" for c in columns)
              + f" {'ratio':>6}  target")
    print(header)
    print("-" * len(header))
    bad = 0
    for name in names:
        path = os.path.join(HERE, name + ".py")
        values = [dict() for _ in columns]  # per column: metric -> [values]
        checks, err = None, None
        for _ in range(args.runs):
            for ci, (cname, cmd, method) in enumerate(columns):
                _, out, e = run_once(cmd, path, args.timeout, [method])
                if e:
                    err = f"{cname}: {e}"
                    break
                c, m = parse(out)
                if checks is None:
                    checks = c
                elif c != checks:
                    err = f"{cname}: OUTPUT DIFFERS: {' / '.join(c)[:60]!r}"
                    break
                for k, v in m.items():
                    values[ci].setdefault(k, []).append(v)
            if err:
                break
        if err:
            bad += 1
            print(f"{name:<11} {err}", flush=True)
            continue
        keys = list(values[-1]) or list(values[0])
        for k in keys:
            med = [statistics.median(v[k]) if v.get(k) else None for v in values]
            ratio = f"{med[2] / med[0]:.2f}" if med[0] and med[2] is not None else "-"
            target = ""
            if (name, k) in TARGETS:
                way, goal, why = TARGETS[(name, k)]
                met = med[2] is not None and (med[2] >= goal if way == "higher" else med[2] < goal)
                target = f"{'met' if met else 'MISSED'} ({why})"
            print(f"{name:<11} {k:<14} " + " ".join(f"{fmt(v):>16}" for v in med)
                  + f" {ratio:>6}  {target}", flush=True)
    print("-" * len(header))
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
