#!/usr/bin/env bash
# Interleave against CPython on the multiprocessing benchmarks (see mp.py).
#
#   bash bench/mp.sh [--runner CMD] [--runs N] [NAME ...]     e.g. bash bench/mp.sh start queue
#
# With the default runner, builds build/interleave first when it is missing
# (compare.sh does that, then runs this driver).
IL_BENCH_DRIVER=bench/mp.py exec bash "$(dirname "${BASH_SOURCE[0]}")/compare.sh" "$@"
