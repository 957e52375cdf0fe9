#!/usr/bin/env bash
# `npm test`: every test of the project, in order, stopping at the first
# failing stage.  Always ends with a summary and, alone on the last line,
# `N passed, M failed` (the counts of the stages that report counts — ctest
# and the Python suites — plus one per stage that does not).
#
#   bash scripts/test.sh [--keep-going]
#
# Stages (a stage whose script does not exist yet is skipped, with a note):
#   deps          scripts/deps.sh (--browser when tests/e2e/run.mjs exists)
#   native build  scripts/build-native.sh
#   unit tests    ctest on build/ (when the unit_tests target was built)
#   py suite      node tests/run_py.mjs  (tests/py against build/interleave)
#   py suite, single mode   the concurrency tests with --mode single
#   sched         node tests/sched/run.mjs (deadlock reports, seeded schedules)
#   examples      node tests/examples/run.mjs (every examples/*.py, under --seed)
#   wasm build    scripts/build-wasm.sh when it exists, else the compile
#                 check scripts/build-wasm-check.sh
#   wasm suite    scripts/test-wasm.sh   (tests/py on the wasm build, Node)
#   browser e2e   node tests/e2e/run.mjs
#
# --keep-going runs the remaining stages after a failure (the exit code is
# still non-zero).  Logs of each stage: build/logs/test-<stage>.log.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

keep_going=0
for arg in "$@"; do
  case "$arg" in
    --keep-going|-k) keep_going=1 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "test.sh: unknown option: $arg" >&2; exit 2 ;;
  esac
done

mkdir -p build/logs
total_passed=0
total_failed=0
failed_stage=""
summary=()
stage_no=0

# run_stage NAME CMD... : runs CMD with its output shown and logged; reads the
# last `N passed, M failed` line of the output for counts.
run_stage() {
  local name=$1; shift
  stage_no=$((stage_no + 1))
  local slug log start rc secs line p f counted
  slug=$(echo "$name" | tr ' ' '-')
  log="build/logs/test-$slug.log"
  if [ -n "$failed_stage" ] && [ "$keep_going" = 0 ]; then
    summary+=("$(printf '%-13s %-8s %s' "$name" "not run" "(after a failure)")")
    return 0
  fi
  echo
  echo "==== [$stage_no] $name: $* ===="
  start=$(date +%s.%N)
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  line=$(grep -E '^([A-Za-z]+: )?[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' "$log" | tail -n 1 || true)
  if [ -z "$line" ]; then
    # ctest: "100% tests passed, 0 tests failed out of 12"
    line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)
    if [ -n "$line" ]; then
      f=$(echo "$line" | sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/')
      p=$(( $(echo "$line" | sed -E 's/.* out of ([0-9]+).*/\1/') - f ))
      line="$p passed, $f failed"
    fi
  fi
  if [ -n "$line" ]; then
    p=$(echo "$line" | sed -E 's/^([A-Za-z]+: )?([0-9]+) passed.*/\2/')
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    counted="$p passed, $f failed"
    if [ "$rc" = 0 ] && [ "$f" != 0 ]; then rc=1; fi
    if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; counted="$counted, exit code $rc"; fi
  elif [ "$rc" = 0 ]; then
    p=1; f=0; counted="stage ok"
  else
    p=0; f=1; counted="stage failed, exit code $rc"
  fi
  total_passed=$((total_passed + p))
  total_failed=$((total_failed + f))
  if [ "$rc" = 0 ]; then
    summary+=("$(printf '%-13s %-8s %7ss  %s' "$name" "ok" "$secs" "$counted")")
    echo "==== $name: ok (${secs}s) ===="
  else
    summary+=("$(printf '%-13s %-8s %7ss  %s' "$name" "FAILED" "$secs" "$counted; log: $log")")
    echo "==== $name: FAILED (${secs}s; log: $log) ===="
    [ -z "$failed_stage" ] && failed_stage=$name
  fi
  return 0
}

skip_stage() {
  stage_no=$((stage_no + 1))
  echo
  echo "==== [$stage_no] $1: skipped ($2) ===="
  summary+=("$(printf '%-13s %-8s %s' "$1" "skipped" "($2)")")
}

# ---- stages -------------------------------------------------------------
deps_args=()
[ -f tests/e2e/run.mjs ] && deps_args+=(--browser)
run_stage "deps" bash scripts/deps.sh "${deps_args[@]}"

run_stage "native build" bash scripts/build-native.sh

if [ -n "$failed_stage" ] && [ "$keep_going" = 0 ]; then
  run_stage "unit tests" true   # recorded as not run
elif [ -x build/unit_tests ]; then
  run_stage "unit tests" ctest --test-dir build --output-on-failure -j"$(nproc)"
else
  skip_stage "unit tests" "no unit_tests target was built"
fi

if [ -f tests/run_py.mjs ]; then
  run_stage "py suite" node tests/run_py.mjs
  # The concurrency tests again with every process on one OS thread: both
  # host modes must print the same.
  run_stage "py suite, single mode" node tests/run_py.mjs --runner "build/interleave --mode single" \
    --filter mp/ --filter threads/ --filter asyncio/ --filter coroutines/ --filter stdlib/signal --filter stdlib/logging
else
  skip_stage "py suite" "tests/run_py.mjs does not exist yet"
fi

if [ -f tests/sched/run.mjs ]; then
  run_stage "sched" node tests/sched/run.mjs
fi

if [ -f tests/examples/run.mjs ]; then
  run_stage "examples" node tests/examples/run.mjs
fi

if [ -f scripts/build-wasm.sh ]; then
  run_stage "wasm build" bash scripts/build-wasm.sh
else
  run_stage "wasm check" bash scripts/build-wasm-check.sh
fi

if [ -f scripts/test-wasm.sh ]; then
  run_stage "wasm suite" bash scripts/test-wasm.sh
else
  skip_stage "wasm suite" "scripts/test-wasm.sh does not exist yet"
fi

if [ -f tests/e2e/run.mjs ]; then
  run_stage "browser e2e" node tests/e2e/run.mjs
else
  skip_stage "browser e2e" "tests/e2e/run.mjs does not exist yet"
fi

# ---- summary ------------------------------------------------------------
echo
echo "==== summary ===="
for s in "${summary[@]}"; do echo "  $s"; done
if [ -n "$failed_stage" ]; then
  echo "FAILED at stage: $failed_stage"
fi
echo "$total_passed passed, $total_failed failed"
[ -z "$failed_stage" ]
