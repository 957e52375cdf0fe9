#!/usr/bin/env bash
# Builds the native CLI (build/interleave) and the unit tests, Release.
#
#   bash scripts/build-native.sh [extra cmake configure args...]
#
# Full output goes to build/logs/native.log; on failure the first compiler
# errors and the end of the log are printed.  IL_JOBS overrides the number of
# parallel jobs (default: nproc).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mkdir -p build/logs
log=build/logs/native.log
jobs=${IL_JOBS:-$(nproc)}

fail() {
  echo "---- first errors ----"
  grep -n -m 20 -E 'error:|Error [0-9]+|CMake Error|undefined reference' "$log" | cut -c1-400 || true
  echo "---- end of $log ----"
  tail -n 40 "$log" | cut -c1-400
  echo "native build: FAILED ($1; full log: $log)"
  exit 1
}

start=$SECONDS
echo "native build: configuring (log: $log)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@" >"$log" 2>&1 || fail "cmake configure"
echo "native build: compiling with $jobs jobs"
cmake --build build -j"$jobs" >>"$log" 2>&1 || fail "compile"
warnings=$(grep -c 'warning:' "$log" || true)
echo "native build: ok in $((SECONDS - start)) s ($warnings compiler warnings; build/interleave)"
