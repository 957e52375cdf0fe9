#!/usr/bin/env bash
# `npm start`: will build the wasm runtime and the web front end and serve the
# playground locally (with the COOP/COEP headers that SharedArrayBuffer needs).
# Not built yet.  Until then, use the native CLI:
#   bash scripts/build-native.sh && build/interleave examples/FILE.py
echo "npm start: the web playground is not built yet (a later milestone)." >&2
echo "Meanwhile: bash scripts/build-native.sh && build/interleave FILE.py" >&2
exit 1
