#!/usr/bin/env node
// Runs a Python program on a WebAssembly build of Interleave under Node, with
// stdout, stderr, stdin and the exit code of the native CLI:
//
//   node wasm/run.mjs [--single] [--seed N] FILE.py [args...]
//
//   --single   the build without pthreads (build-wasm-single/); default is
//              the parallel build (build-wasm/), the one the browser uses
//              when the page is cross-origin isolated
//   --seed N   deterministic mode (seeded schedule, virtual clock)
//   --warmup   run the page's warm-up program first (il_warmup), as the
//              playground does on load; for timing the optimised tier
//
// The parallel build runs the program on its own pthread and this thread
// drains the same shared output ring the web page drains (see
// wasm/src/host/web.cpp), so it exercises the browser's code path.
// Build first: bash scripts/build-wasm.sh
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const REPO = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function usage(msg) {
  if (msg) process.stderr.write(`run.mjs: ${msg}\n`);
  process.stderr.write('usage: node wasm/run.mjs [--single] [--seed N] [--warmup] FILE.py [args...]\n');
  process.exit(2);
}

let single = false, seed = null, file = null, warmup = false;
const argv = process.argv.slice(2);
let i = 0;
for (; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--single') single = true;
  else if (a === '--warmup') warmup = true;
  else if (a === '--seed') { seed = argv[++i]; if (!/^\d+$/.test(seed ?? '')) usage('--seed needs a non-negative integer'); }
  else if (a === '-h' || a === '--help') usage();
  else if (a.startsWith('-') && a !== '-') usage(`unknown option ${a}`);
  else { file = a; i++; break; }
}
if (!file) usage();
const args = [file, ...argv.slice(i)];

let source;
try {
  source = fs.readFileSync(file, 'utf8');
} catch {
  process.stderr.write(`interleave: can't open file '${file}': [Errno 2] No such file or directory\n`);
  process.exit(2);
}

const buildDir = path.join(REPO, single ? 'build-wasm-single' : 'build-wasm');
const jsPath = path.join(buildDir, 'interleave_web.js');
if (!fs.existsSync(jsPath)) {
  process.stderr.write(`run.mjs: ${path.relative(REPO, jsPath)} is missing; build it with: bash scripts/build-wasm.sh\n`);
  process.exit(2);
}

// Blocking write that survives a non-blocking pipe (EAGAIN).
function writeAll(fd, buf) {
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
    }
  }
}

// Emscripten 3.1.6 would try fetch() on a file path under Node 20: hand it
// the bytes instead (no --no-experimental-fetch needed).
const wasmBinary = fs.readFileSync(path.join(buildDir, 'interleave_web.wasm'));
const require = createRequire(import.meta.url);
const createInterleave = require(jsPath);

// Emscripten's own diagnostics (aborts) go to stderr.
const M = await createInterleave({
  wasmBinary,
  print: (t) => writeAll(2, Buffer.from(t + '\n')),
  printErr: (t) => writeAll(2, Buffer.from(t + '\n')),
});

if (warmup) M._il_warmup();

function cstr(s) {
  const n = M.lengthBytesUTF8(s) + 1;
  const p = M._malloc(n);
  M.stringToUTF8(s, p, n);
  return p;
}

const det = seed !== null ? 1 : 0;
const seedNum = seed !== null ? Number(seed) : 0;
const startArgs = () => [cstr(source), cstr(file), cstr(args.join('\x1f')), det, seedNum, 0, 1];

// The program sees the real files of its working directory (and of the
// script's directory): NODEFS mounts at the same absolute paths.
function mountHost(dir) {
  const FS = M.FS;
  let cur = '';
  for (const part of dir.split('/').filter(Boolean)) {
    cur += '/' + part;
    try { FS.mkdir(cur); } catch { /* exists */ }
  }
  try { FS.mount(FS.filesystems.NODEFS, { root: dir }, dir); } catch { /* already mounted above */ }
}
const cwd = process.cwd();
mountHost(cwd);
const scriptDir = path.dirname(path.resolve(file));
if (scriptDir !== cwd && !scriptDir.startsWith(cwd + '/')) mountHost(scriptDir);
M.FS.chdir(cwd);

if (single) {
  // ---- single build: synchronous callbacks on this thread ----
  M.ilWrite = (fd, pid, tid, ptr, len) => writeAll(fd === 2 ? 2 : 1, M.HEAPU8.slice(ptr, ptr + len));
  let pending = Buffer.alloc(0), eof = false;
  M.ilReadLine = () => {
    for (;;) {
      const nl = pending.indexOf(10);
      if (nl >= 0) {
        const line = pending.subarray(0, nl + 1).toString('utf8');
        pending = pending.subarray(nl + 1);
        return line;
      }
      if (eof) {
        if (!pending.length) return null;
        const line = pending.toString('utf8');
        pending = Buffer.alloc(0);
        return line;
      }
      const chunk = Buffer.alloc(4096);
      let n;
      try {
        n = fs.readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        if (e.code === 'EAGAIN') continue;
        if (e.code === 'EOF') n = 0; else throw e;
      }
      if (n === 0) eof = true;
      else pending = Buffer.concat([pending, chunk.subarray(0, n)]);
    }
  };
  let code;
  try {
    code = M._il_start(...startArgs());
  } catch (e) {
    writeAll(2, Buffer.from(`interleave: the wasm runtime failed: ${e && e.message || e}\n`));
    code = 70;
  }
  process.exit(code);
}

// ---- parallel build: drain the shared ring while the program runs ----
const L = JSON.parse(M.UTF8ToString(M._il_layout()));
const words = () => new Int32Array(M.HEAPU8.buffer, L.words, 8);
const { write: W_WRITE, read: W_READ, state: W_STATE, exit: W_EXIT, input: W_INPUT, inputLen: W_INPUT_LEN } = L.idx;

const rc = M._il_start(...startArgs());
if (rc !== 0) {
  writeAll(2, Buffer.from(`interleave: could not start the interpreter thread (${rc})\n`));
  process.exit(70);
}

function drain() {
  const w32 = words();
  const heap = M.HEAPU8;
  const dv = new DataView(heap.buffer);
  let r = Atomics.load(w32, W_READ) >>> 0;
  const w = Atomics.load(w32, W_WRITE) >>> 0;
  const cap = L.ringCap;
  while (r !== w) {
    const pos = r & (cap - 1);
    const base = L.ring + pos;
    const len = dv.getUint32(base, true);
    if (len === 0xffffffff) { r = (r + cap - pos) >>> 0; continue; }
    const fd = dv.getInt32(base + 4, true);
    writeAll(fd === 2 ? 2 : 1, heap.slice(base + 16, base + 16 + len));
    r = (r + 16 + ((len + 3) & ~3)) >>> 0;
  }
  Atomics.store(w32, W_READ, r | 0);
  Atomics.notify(w32, W_READ);
}

// input(): lines from our stdin, read only when the program asks.
let stdinBuf = Buffer.alloc(0), stdinEnded = false, stdinOn = false;
function serveInput() {
  const w32 = words();
  if (Atomics.load(w32, W_INPUT) !== 1) return;
  if (!stdinOn) {
    stdinOn = true;
    process.stdin.on('data', (d) => { stdinBuf = Buffer.concat([stdinBuf, d]); });
    process.stdin.on('end', () => { stdinEnded = true; });
    process.stdin.on('error', () => { stdinEnded = true; });
  }
  const nl = stdinBuf.indexOf(10);
  let line = null;
  if (nl >= 0) { line = stdinBuf.subarray(0, nl + 1); stdinBuf = stdinBuf.subarray(nl + 1); }
  else if (stdinEnded && stdinBuf.length) { line = stdinBuf; stdinBuf = Buffer.alloc(0); }
  else if (!stdinEnded) return;  // wait for more
  if (line) {
    const n = Math.min(line.length, L.inputCap);
    M.HEAPU8.set(line.subarray(0, n), L.input);
    Atomics.store(w32, W_INPUT_LEN, n);
    Atomics.store(w32, W_INPUT, 2);
  } else {
    Atomics.store(w32, W_INPUT, 3);  // end of input
  }
  Atomics.notify(w32, W_INPUT);
}

process.on('SIGINT', () => M._il_interrupt());

function pump() {
  const done = Atomics.load(words(), W_STATE) === 2;  // read before the last drain
  drain();
  if (done) {
    if (stdinOn) process.stdin.destroy();
    // The interpreter's pthread is still returning: exiting under it crashed
    // Node once in ~1,000 runs (SIGSEGV). A moment lets it finish.
    const code = Atomics.load(words(), W_EXIT);
    setTimeout(() => process.exit(code), 20);
    return;
  }
  serveInput();
  setTimeout(pump, 1);
}
pump();
