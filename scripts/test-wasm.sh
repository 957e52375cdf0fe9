#!/usr/bin/env bash
# The tests/py suite on both WebAssembly builds under Node (wasm/run.mjs):
#
#   bash scripts/test-wasm.sh [run_py.mjs options...]   e.g. --filter threads
#
# Runs `node tests/run_py.mjs --runner "node wasm/run.mjs"` (parallel build)
# and again with `--single`, for each build that exists (scripts/build-wasm.sh
# makes them); without options, also tests/py/mp with `--warmup`.  Tests marked `# skip: wasm` are skipped.  Ends with the
# combined `N passed, M failed` line.  Logs: build/logs/test-wasm-<build>.log.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p build/logs

# Each wasm run starts Node plus worker threads: fewer jobs than CPUs.
jobs=${IL_JOBS:-2}
passed=0 failed=0 skipped=0 ran=0 rc=0
# "warmed": the process tests again after the page's warm-up program (il_warmup,
# which also starts the pool's spare workers), as a page runs them.
builds="parallel single"
[ "$#" = 0 ] && builds="$builds warmed"
for build in $builds; do
  extra=()
  if [ "$build" = parallel ]; then dir=build-wasm; runner="node wasm/run.mjs"; name=wasm
  elif [ "$build" = warmed ]; then dir=build-wasm; runner="node wasm/run.mjs --warmup"; name=wasm; extra=(--filter mp/)
  else dir=build-wasm-single; runner="node wasm/run.mjs --single"; name=wasm-single; fi
  if [ ! -f "$dir/interleave_web.wasm" ]; then
    echo "wasm suite: $build build missing ($dir/interleave_web.wasm); run bash scripts/build-wasm.sh"
    failed=$((failed + 1)); rc=1
    continue
  fi
  log=build/logs/test-wasm-$build.log
  echo "wasm suite: $build build ($runner)"
  node tests/run_py.mjs --runner "$runner" --name "$name" --jobs "$jobs" --timeout 60 "${extra[@]}" "$@" 2>&1 | tee "$log" | grep -v -E '^[0-9]+ passed, [0-9]+ failed'
  [ "${PIPESTATUS[0]}" = 0 ] || rc=1
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
  echo "wasm suite: $build: ${line:-no result}"
  if [ -n "$line" ]; then
    p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    s=$(echo "$line" | sed -nE 's/.* ([0-9]+) skipped.*/\1/p')
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + ${s:-0}))
  else
    failed=$((failed + 1)); rc=1
  fi
  ran=$((ran + 1))
done
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"
else echo "$passed passed, $failed failed"; fi
[ "$rc" = 0 ] && [ "$failed" = 0 ]
