#!/usr/bin/env bash
# Interleave against CPython on the multiprocessing benchmarks (see mp.py).
#
#   bash bench/mp.sh [--runner CMD] [--runs N] [NAME ...]     e.g. bash bench/mp.sh start queue
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
exec python3 bench/mp.py "$@"
