// runtime-worker.js — the dedicated worker that hosts the Interleave wasm
// runtime, so the page's main thread only draws. A classic worker (not a
// module): Emscripten 3.1.6's output is loaded with importScripts.
//
// Protocol (page -> worker):
//   {type:'init', mode:'parallel'|'single', base, warmup}   load base+'interleave_web.js';
//                                                   warmup: then run il_warmup (messages wait)
//   {type:'check', id, source}                      compile only: SyntaxError or ok
//   {type:'run', source, filename, argv, seed, switchInterval}
//   {type:'stop'}                                   KeyboardInterrupt
//   {type:'input', line}                            single: a line for input() (null: EOF)
// Worker -> page:
//   {type:'ready', mode, layout, buffer}            buffer: the shared wasm memory (parallel)
//   {type:'check', id, result}
//   {type:'started'}                                parallel: output flows through the ring
//   {type:'out', records:[[fd,pid,tid,Uint8Array]...]}   single: batched output
//   {type:'input-request'}                          single: input() waits for a line
//   {type:'exit', code}                             single: the run ended
//   {type:'error', message}                         the runtime failed; make a new worker
/* global createInterleave, importScripts */
'use strict';

let M = null;
let mode = null;

// Single build: the program runs in slices (il_step) and this worker goes
// back to its event loop between them, so Stop and input lines get in. Output
// is batched into messages.
const SLICE_MS = 30;            // one il_step: long enough to cost nothing, short enough for Stop
let sliceTimer = null;          // the pending next slice (setTimeout), if any
let sliceRunning = false;
let inputRequested = false;
const kick = new MessageChannel();  // an immediate next slice, without setTimeout's clamping
kick.port1.onmessage = () => step();
const BATCH_BYTES = 64 * 1024;  // one message per this many bytes of output ...
const BATCH_MS = 30;            // ... or per this many ms, whichever first
let batch = [];
let batchBytes = 0;
let lastPost = 0;

function flushBatch() {
  if (!batch.length) return;
  const transfer = batch.map((r) => r[3].buffer);
  postMessage({ type: 'out', records: batch }, transfer);
  batch = [];
  batchBytes = 0;
  lastPost = performance.now();
}

function cstr(s) {
  const n = M.lengthBytesUTF8(s) + 1;
  const p = M._malloc(n);
  M.stringToUTF8(s, p, n);
  return p;
}

async function init(msg) {
  mode = msg.mode;
  const base = msg.base;
  importScripts(base + 'interleave_web.js');
  M = await createInterleave({
    locateFile: (p) => base + p,
    // pthread workers load the main script again: tell them where it is.
    mainScriptUrlOrBlob: base + 'interleave_web.js',
    print: (t) => console.log(t),
    printErr: (t) => console.warn(t),
    onAbort: (what) => postMessage({ type: 'error', message: 'runtime aborted: ' + what }),
  });
  M.ilWrite = (fd, pid, tid, ptr, len) => {
    batch.push([fd, pid, tid, M.HEAPU8.slice(ptr, ptr + len)]);
    batchBytes += len;
    if (batchBytes >= BATCH_BYTES || performance.now() - lastPost >= BATCH_MS) flushBatch();
  };
  M.ilFlush = flushBatch;
  // il_start only (a whole run at once): no blocking read is possible here.
  M.ilReadLine = () => null;
  const parallel = M._il_is_parallel() === 1;
  const layout = parallel ? JSON.parse(M.UTF8ToString(M._il_layout())) : null;
  postMessage({ type: 'ready', mode: parallel ? 'parallel' : 'single', layout,
                buffer: parallel ? M.HEAPU8.buffer : null,
                cores: self.navigator.hardwareConcurrency || 1 });
  // The engine compiles wasm in two tiers; a program run now (output
  // discarded) gets the interpreter loop to the optimising one, for every
  // worker, before the visitor's first Run (which waits for it if early).
  if (msg.warmup) M._il_warmup();
}

function run(msg) {
  const det = msg.seed !== null && msg.seed !== undefined && msg.seed !== '' ? 1 : 0;
  const args = [cstr(msg.source), cstr(msg.filename || 'main.py'),
                cstr((msg.argv || [msg.filename || 'main.py']).join('\x1f')),
                det, det ? Number(msg.seed) : 0, Number(msg.switchInterval) || 0,
                0 /* in-memory files */];
  // il_start copies its strings: free ours when it returns.
  const freeArgs = () => { for (const p of args.slice(0, 3)) M._free(p); };
  if (M._il_is_parallel() === 1) {
    const rc = M._il_start(...args);
    freeArgs();
    if (rc !== 0) postMessage({ type: 'error', message: `could not start the interpreter thread (${rc})` });
    else postMessage({ type: 'started' });
    return;
  }
  lastPost = performance.now();
  if (sliceRunning) { freeArgs(); postMessage({ type: 'error', message: 'a run is active' }); return; }
  const rc = M._il_begin(...args.slice(0, 6));
  freeArgs();
  if (rc !== 0) { postMessage({ type: 'error', message: `could not begin the run (${rc})` }); return; }
  sliceRunning = true;
  inputRequested = false;
  schedule(0);
}

function schedule(ms) {
  if (sliceTimer !== null) { clearTimeout(sliceTimer); sliceTimer = null; }
  if (ms <= 0) kick.port2.postMessage(0);
  else sliceTimer = setTimeout(() => { sliceTimer = null; step(); }, ms);
}

function step() {
  if (!sliceRunning) return;
  let r;
  try {
    r = M._il_step(SLICE_MS);
  } catch (e) {
    sliceRunning = false;
    flushBatch();
    postMessage({ type: 'error', message: String(e && e.message || e) });
    return;
  }
  flushBatch();
  if (r >= 0) {
    sliceRunning = false;
    // `at` on the clock the page shares (this worker's now() has its own origin).
    postMessage({ type: 'exit', code: r, at: performance.timeOrigin + performance.now() });
    return;
  }
  if (!inputRequested && M._il_waits_input()) {
    inputRequested = true;
    postMessage({ type: 'input-request' });
  }
  if (r === -1) schedule(0);
  else if (r === -2) schedule(Math.max(1, M._il_wait_ms()));
  // -3: nothing to do until an input line or a Stop arrives.
}

function input(line) {
  if (!sliceRunning) return;
  const p = line === null || line === undefined ? 0 : cstr(line);
  M._il_input(p);
  if (p) M._free(p);
  inputRequested = false;
  schedule(0);
}

self.onmessage = async (e) => {
  const msg = e.data;
  try {
    switch (msg.type) {
      case 'init': await init(msg); break;
      case 'check': {
        const p = cstr(msg.source);
        const result = JSON.parse(M.UTF8ToString(M._il_check(p)));
        M._free(p);
        postMessage({ type: 'check', id: msg.id, result });
        break;
      }
      case 'run': run(msg); break;
      case 'stop':
        if (M) M._il_interrupt();
        if (sliceRunning) schedule(0);  // a sleeping run wakes up to take it
        break;
      case 'input': input(msg.line); break;
    }
  } catch (err) {
    postMessage({ type: 'error', message: String(err && err.message || err) });
  }
};
