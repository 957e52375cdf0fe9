#!/usr/bin/env bash
# `npm run bench`: Interleave against CPython on bench/*.py (see compare.py).
#
#   bash bench/compare.sh [--runner CMD] [--runs N] [NAME ...]
#
# With the default runner, builds build/interleave first when it is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

custom_runner=0
for arg in "$@"; do
  case "$arg" in --runner|--runner=*) custom_runner=1 ;; esac
done
if [ "$custom_runner" = 0 ] && [ ! -x build/interleave ]; then
  echo "bench: build/interleave is missing; building it"
  bash scripts/build-native.sh
fi
# bench/mp.sh runs the same steps with its own driver (IL_BENCH_DRIVER).
exec python3 "${IL_BENCH_DRIVER:-bench/compare.py}" "$@"
