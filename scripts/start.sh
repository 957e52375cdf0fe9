#!/usr/bin/env bash
# `npm start`: builds what is missing and serves the playground on
# http://localhost:8000 (PORT overrides) with the COOP/COEP headers that
# SharedArrayBuffer (the parallel build) needs.
#
#   1. scripts/deps.sh     Debian packages (emscripten, clang 15, ...) and npm
#                          packages, when missing
#   2. scripts/build-wasm.sh   both wasm runtimes (incremental; the first
#                          build takes several minutes)
#   3. vite build          the static site in dist/, when web/, examples/ or
#                          a runtime is newer than it
#   4. node web/serve.mjs  serves dist/ until Ctrl-C
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
say() { printf 'start: %s\n' "$*"; }

bash scripts/deps.sh
bash scripts/build-wasm.sh

bash web/build-site.sh
say "open the URL below; Ctrl-C stops the server"
exec node web/serve.mjs --port "${PORT:-8000}"
