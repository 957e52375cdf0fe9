#!/usr/bin/env bash
# Installs what building and testing Interleave needs, and nothing twice.
#
#   bash scripts/deps.sh [--browser]
#
# Debian packages: cmake g++ libgtest-dev python3 emscripten, plus clang-15,
# lld-15 and llvm-15 (the compiler the wasm build uses, and the llvm-nm emcc
# calls with it; see scripts/emenv.sh), and with
# --browser chromium chromium-driver (the e2e tests).  Then the npm packages
# of package.json (`npm ci` with a lock file, else `npm install`) when
# node_modules is missing or older than the lock file.
#
# Every check is `command -v` / `dpkg-query` first, so a second run does no
# work.  As root it installs with apt-get; otherwise with `sudo -n` when that
# works, else it says what to run and fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

browser=0
for arg in "$@"; do
  case "$arg" in
    --browser) browser=1 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "deps.sh: unknown option: $arg" >&2; exit 2 ;;
  esac
done

say() { printf 'deps: %s\n' "$*"; }
logdir=build/logs
mkdir -p "$logdir"

pkg_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# name  command-that-proves-it (or - for a dpkg check only)
wanted=(
  "cmake cmake"
  "g++ g++"
  "libgtest-dev -"
  "python3 python3"
  "emscripten em++"
  "clang-15 clang++-15"
  "lld-15 wasm-ld-15"
  "llvm-15 llvm-nm-15"
)
if [ "$browser" = 1 ]; then
  wanted+=("chromium chromium" "chromium-driver chromedriver")
fi
# node and npm normally come with the machine (Node 20); fall back to Debian's.
command -v node >/dev/null 2>&1 || wanted+=("nodejs node")
command -v npm >/dev/null 2>&1 || wanted+=("npm npm")

missing=()
for entry in "${wanted[@]}"; do
  read -r pkg cmd <<<"$entry"
  if [ "$cmd" != - ] && command -v "$cmd" >/dev/null 2>&1; then
    continue
  fi
  if [ "$pkg" = libgtest-dev ] && [ -f /usr/include/gtest/gtest.h ]; then
    continue
  fi
  if [ "$cmd" = - ] && pkg_installed "$pkg"; then
    continue
  fi
  # emscripten's tools need Debian's acorn (node-acorn, one of its deps).
  missing+=("$pkg")
done
if command -v em++ >/dev/null 2>&1 && [ ! -d /usr/share/nodejs/acorn ]; then
  missing+=("node-acorn")
fi

if [ "${#missing[@]}" -eq 0 ]; then
  say "Debian packages: all present"
else
  say "Debian packages missing: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then
    SUDO=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
    say "not root: using sudo"
  else
    say "ERROR: not root and no password-less sudo; install them with:"
    say "  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
  aptlog="$logdir/apt.log"
  : >"$aptlog"
  apt_get() {
    # Waits (up to 10 min) for another apt/dpkg run to let go of its lock.
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3 "$@" >>"$aptlog" 2>&1
  }
  start=$SECONDS
  say "apt-get update (log: $aptlog)"
  if ! apt_get update; then
    tail -n 30 "$aptlog"
    say "ERROR: apt-get update failed (full log: $aptlog)"
    exit 1
  fi
  # emscripten's recommends (python3-numpy, libjs-d3) are not needed.
  say "apt-get install ${missing[*]} (about a minute for emscripten; log: $aptlog)"
  if ! apt_get install -y --no-install-recommends "${missing[@]}"; then
    tail -n 30 "$aptlog"
    say "ERROR: apt-get install failed (full log: $aptlog)"
    exit 1
  fi
  say "Debian packages installed in $((SECONDS - start)) s"
fi

# --- npm packages ---------------------------------------------------------
if [ -f package.json ]; then
  has_deps=$(node -e '
    const p = require("./package.json");
    const n = ["dependencies", "devDependencies", "optionalDependencies"]
      .reduce((s, k) => s + Object.keys(p[k] || {}).length, 0);
    console.log(n);')
  if [ "$has_deps" = 0 ]; then
    say "npm: package.json has no dependencies yet; nothing to install"
  elif [ -d node_modules ] && { [ ! -f package-lock.json ] ||
        [ ! package-lock.json -nt node_modules/.package-lock.json ]; }; then
    say "npm: node_modules up to date"
  else
    npmlog="$logdir/npm.log"
    if [ -f package-lock.json ]; then npm_cmd=(npm ci); else npm_cmd=(npm install); fi
    say "npm: ${npm_cmd[*]} (log: $npmlog)"
    if ! "${npm_cmd[@]}" --no-audit --no-fund >"$npmlog" 2>&1; then
      tail -n 30 "$npmlog"
      say "ERROR: ${npm_cmd[*]} failed (full log: $npmlog)"
      exit 1
    fi
  fi
fi
say "ready"
