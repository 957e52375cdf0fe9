#!/usr/bin/env bash
# Builds the static site (dist/) with Vite when web/, examples/ or a wasm
# runtime is newer than it (or --force).  Used by scripts/start.sh and
# tests/e2e/run.mjs.  Log: build/logs/vite.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
stale=0
if [ "${1:-}" = --force ] || [ ! -f dist/index.html ]; then
  stale=1
elif [ -n "$(find web examples package.json build-wasm/interleave_web.wasm build-wasm/interleave_web.js \
              build-wasm/interleave_web.worker.js build-wasm-single/interleave_web.wasm \
              build-wasm-single/interleave_web.js -newer dist/index.html -type f 2>/dev/null |
            grep -v -E '^web/(serve\.mjs|build-site\.sh)$' | head -n 1)" ]; then
  stale=1
fi
if [ "$stale" = 0 ]; then
  echo "site: dist/ is up to date"
  exit 0
fi
mkdir -p build/logs
echo "site: building dist/ with vite (log: build/logs/vite.log)"
if ! npx --no-install vite build --config web/vite.config.mjs >build/logs/vite.log 2>&1; then
  tail -n 30 build/logs/vite.log
  echo "site: FAILED (log: build/logs/vite.log)"
  exit 1
fi
echo "site: ok ($(du -sh dist | cut -f1) in dist/)"
