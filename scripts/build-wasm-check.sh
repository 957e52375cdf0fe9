#!/usr/bin/env bash
# Proves the runtime compiles for WebAssembly with Debian's Emscripten 3.1.6
# and pthreads: configures build-wasm/ with emcmake and builds the `ilrt`
# library (and `interleave_web` once wasm/src/host/web.cpp exists).
#
#   bash scripts/build-wasm-check.sh
#
# First it builds and runs a tiny probe (threads + a C++ exception caught in
# each) under Node, so a broken toolchain set-up fails here with a clear
# message instead of deep inside the project build.  Environment: see
# scripts/emenv.sh (NODE_PATH, clang 15, exception mode).  IL_WASM_CXXFLAGS
# overrides the compile flags (default: -pthread plus the exception mode).
# Output goes to build-wasm/logs/wasm.log; the tail is printed on failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/emenv.sh
. scripts/emenv.sh

mkdir -p build-wasm/logs
log=build-wasm/logs/wasm.log
: >"$log"
jobs=${IL_JOBS:-$(nproc)}
flags=${IL_WASM_CXXFLAGS:-"-pthread $IL_WASM_EH"}

fail() {
  echo "---- first errors ----"
  grep -n -m 20 -E 'error:|Error [0-9]+|CMake Error|undefined reference' "$log" | cut -c1-400 || true
  echo "---- end of $log ----"
  tail -n 40 "$log" | cut -c1-400
  echo "wasm check: FAILED ($1; full log: $log)"
  exit 1
}

for tool in emcmake em++ node; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "wasm check: FAILED: $tool not found (run: bash scripts/deps.sh)"
    exit 1
  fi
done
echo "wasm check: emscripten $(em++ --version 2>/dev/null | head -1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -1), clang $IL_EM_CLANG, flags: $flags"
start=$SECONDS

# ---- toolchain probe: pthreads + exceptions under Node ----
# Skipped when it already passed with the same compiler and flags.
probe_toolchain() {
  local dir=build-wasm/probe expected=0 got i
  cat >"$dir/probe.cpp" <<'EOF'
#include <atomic>
#include <cstdio>
#include <stdexcept>
#include <thread>
#include <vector>
struct Err { int code; };
__attribute__((noinline)) int f(int i) {
  if (i % 7 == 0) throw Err{i};
  if (i % 11 == 0) throw std::runtime_error("r");
  return i;
}
int main() {  // not main(argc, argv): see scripts/emenv.sh
  std::atomic<long long> total{0};
  std::vector<std::thread> ts;
  for (int t = 0; t < 2; t++)
    ts.emplace_back([&] {
      long long s = 0;
      for (int i = 0; i < 1000; i++) {
        try { s += f(i); } catch (const Err& e) { s -= e.code; } catch (const std::exception&) { s += 1; }
      }
      total += s;
    });
  for (auto& t : ts) t.join();
  std::printf("probe %lld\n", total.load());
  return 0;
}
EOF
  for ((i = 0; i < 1000; i++)); do
    if ((i % 7 == 0)); then expected=$((expected - i))
    elif ((i % 11 == 0)); then expected=$((expected + 1))
    else expected=$((expected + i))
    fi
  done
  expected=$((expected * 2))
  # shellcheck disable=SC2086
  em++ -std=c++20 -O2 $flags -sPTHREAD_POOL_SIZE=2 -sEXIT_RUNTIME=1 \
    "$dir/probe.cpp" -o "$dir/probe.js" >>"$log" 2>&1 ||
    fail "the toolchain probe does not compile"
  got=$(timeout 60 $IL_EM_NODE_RUN "$dir/probe.js" 2>>"$log" || true)
  if [ "$got" != "probe $expected" ]; then
    echo "probe printed: '$got', expected 'probe $expected'" >>"$log"
    fail "the toolchain probe (threads + exceptions) misbehaves under node"
  fi
}
mkdir -p build-wasm/probe
stamp="clang $IL_EM_CLANG; $flags; $(em++ --version 2>/dev/null | head -1)"
if [ -f build-wasm/probe/ok ] && [ "$(cat build-wasm/probe/ok)" = "$stamp" ]; then
  echo "wasm check: toolchain probe passed before (build-wasm/probe/ok)"
else
  rm -f build-wasm/probe/ok
  probe_toolchain
  echo "$stamp" >build-wasm/probe/ok
  echo "wasm check: toolchain probe ok ($((SECONDS - start)) s)"
fi

# ---- the project ----
targets=(ilrt)
if [ -f wasm/src/host/web.cpp ]; then targets+=(interleave_web); fi
echo "wasm check: configuring build-wasm (log: $log)"
emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release -DIL_TESTS=OFF \
  -DCMAKE_CXX_FLAGS="$flags" >>"$log" 2>&1 || fail "emcmake cmake"
echo "wasm check: building ${targets[*]} with $jobs jobs"
# Keep going past a failing file, so one run lists every portability error.
keep=()
[ -f build-wasm/Makefile ] && keep=(-- -k)
[ -f build-wasm/build.ninja ] && keep=(-- -k 0)
cmake --build build-wasm -j"$jobs" --target "${targets[@]}" "${keep[@]}" >>"$log" 2>&1 || fail "compile"
warnings=$(grep -c 'warning:' "$log" || true)
echo "wasm check: ok in $((SECONDS - start)) s (${targets[*]}; $warnings warnings)"
