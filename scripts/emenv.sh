# shellcheck shell=bash
# Sourced (never run) by the scripts that use Debian's Emscripten 3.1.6:
#   . scripts/emenv.sh
# Sets up the environment that Debian's emscripten needs on this project's
# machines (Debian 12, Node 20):
#
# * NODE_PATH=/usr/share/nodejs — emcc's JS tools (acorn-optimizer.js) require
#   Debian's `acorn`, which lives there; without it every -O2 link fails with
#   "Cannot find module 'acorn'".
# * EM_NODE_JS — the node that runs those tools (the one on PATH).
# * clang 15 instead of Debian's default clang 14 (EM_LLVM_ADD_VERSION /
#   EM_CLANG_ADD_VERSION=15) when clang++-15 and wasm-ld-15 are installed
#   (scripts/deps.sh installs them).  Why: with clang 14, `-pthread
#   -fwasm-exceptions` compiles and links but no exception can be caught —
#   clang 14 addresses libunwind's __wasm_lpad_context as a plain global while
#   emscripten 3.1.6's prebuilt libunwind-mt-except has it thread_local, so
#   every throw escapes as an uncaught WebAssembly.Exception.  clang 15 emits
#   the TLS access and works (checked under Node 20 and Chromium 156).
#   IL_EM_CLANG=14 forces the stock compiler (then use -fexceptions with
#   -pthread, about 8x slower on code with try/RAII than -fwasm-exceptions).
#   Caveat of clang 15 here: `int main(int argc, char** argv)` is emitted as
#   __main_argc_argv, which emscripten 3.1.6 does not call — the program runs
#   nothing and exits 0.  Write `int main()` in wasm hosts.
# * Debian's emscripten has FROZEN_CACHE=True and ships every system library
#   variant prebuilt (libc-mt, libc++-mt-except, ...) in
#   /usr/share/emscripten/cache: nothing is built on first use, and EM_CACHE
#   must NOT be pointed elsewhere (a fresh cache cannot be populated).
#
# Running emscripten output under Node 20 needs `node --no-experimental-fetch`
# (3.1.6 tries fetch() on a file path otherwise): use $IL_EM_NODE_RUN.

if [ -d /usr/share/nodejs ]; then
  case ":${NODE_PATH:-}:" in
    *:/usr/share/nodejs:*) ;;
    *) export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}" ;;
  esac
fi
if command -v node >/dev/null 2>&1; then
  EM_NODE_JS="$(command -v node)"
  export EM_NODE_JS
fi

: "${IL_EM_CLANG:=auto}"
if [ "$IL_EM_CLANG" = auto ]; then
  if command -v clang++-15 >/dev/null 2>&1 && command -v wasm-ld-15 >/dev/null 2>&1; then
    IL_EM_CLANG=15
  else
    IL_EM_CLANG=14
  fi
fi
export IL_EM_CLANG
export EM_LLVM_ADD_VERSION="$IL_EM_CLANG" EM_CLANG_ADD_VERSION="$IL_EM_CLANG"

# Exception mode that works with -pthread for the chosen clang.
if [ "$IL_EM_CLANG" = 14 ]; then
  : "${IL_WASM_EH:=-fexceptions}"
else
  : "${IL_WASM_EH:=-fwasm-exceptions}"
fi
export IL_WASM_EH

# How to run emscripten-built .js under Node 20.
IL_EM_NODE_RUN="node --no-experimental-fetch"
export IL_EM_NODE_RUN
