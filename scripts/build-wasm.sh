#!/usr/bin/env bash
# Builds both WebAssembly runtimes with Debian's Emscripten 3.1.6:
#
#   build-wasm/interleave_web.{js,wasm,worker.js}   parallel (-pthread)
#   build-wasm-single/interleave_web.{js,wasm}      single (no threads)
#
#   bash scripts/build-wasm.sh [parallel|single]...   (default: both)
#
# The environment comes from scripts/emenv.sh (NODE_PATH, clang 15, -fwasm-exceptions).  Logs:
# build-wasm/logs/{parallel,single}.log; the tail is printed on failure.
# IL_JOBS sets the parallel compile jobs (default 2: the machines are small).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/emenv.sh
. scripts/emenv.sh

jobs=${IL_JOBS:-2}
which=("$@")
[ ${#which[@]} -eq 0 ] && which=(parallel single)

for tool in emcmake em++ node; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "wasm build: FAILED: $tool not found (run: bash scripts/deps.sh)"
    exit 1
  fi
done
mkdir -p build-wasm/logs

fail() {
  local log=$2
  echo "---- first errors ----"
  grep -n -m 20 -E 'error:|Error [0-9]+|CMake Error|undefined symbol|undefined reference' "$log" | cut -c1-400 || true
  echo "---- end of $log ----"
  tail -n 30 "$log" | cut -c1-400
  echo "wasm build: FAILED ($1; full log: $log)"
  exit 1
}

build_one() {
  local kind=$1 dir flags extra=()
  local log=build-wasm/logs/$kind.log
  : >"$log"
  if [ "$kind" = parallel ]; then
    dir=build-wasm; flags="-pthread $IL_WASM_EH"
  else
    dir=build-wasm-single; flags="$IL_WASM_EH"; extra=(-DIL_WASM_SINGLE=ON)
  fi
  local start=$SECONDS
  echo "wasm build: $kind -> $dir/ (flags: $flags; log: $log)"
  # Configure once per flags (cmake re-configures by itself when
  # CMakeLists.txt changes); an up-to-date tree then costs seconds.
  local stamp="$flags ${extra[*]} clang-$IL_EM_CLANG"
  if [ ! -f "$dir/Makefile" ] || [ "$(cat "$dir/.il-flags" 2>/dev/null)" != "$stamp" ]; then
    emcmake cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DIL_TESTS=OFF \
      -DCMAKE_CXX_FLAGS="$flags" "${extra[@]}" >>"$log" 2>&1 || fail "$kind: emcmake cmake" "$log"
    echo "$stamp" >"$dir/.il-flags"
  fi
  cmake --build "$dir" -j"$jobs" --target interleave_web >>"$log" 2>&1 || fail "$kind: compile" "$log"
  local wasm=$dir/interleave_web.wasm
  local size gz
  size=$(stat -c %s "$wasm")
  gz=$(gzip -9c "$wasm" | wc -c)
  echo "wasm build: $kind ok in $((SECONDS - start)) s ($wasm: $((size / 1024)) KiB, gzip $((gz / 1024)) KiB)"
}

for k in "${which[@]}"; do
  case "$k" in
    parallel|single) build_one "$k" ;;
    *) echo "build-wasm.sh: unknown build '$k' (parallel or single)"; exit 2 ;;
  esac
done
