// runtime-worker.js — the dedicated worker that hosts the Interleave wasm
// runtime, so the page's main thread only draws. A classic worker (not a
// module): Emscripten 3.1.6's output is loaded with importScripts.
//
// Protocol (page -> worker):
//   {type:'init', mode:'parallel'|'single', base}   load base+'interleave_web.js'
//   {type:'check', id, source}                      compile only: SyntaxError or ok
//   {type:'run', source, filename, argv, seed, switchInterval}
//   {type:'stop'}                                   KeyboardInterrupt (parallel)
// Worker -> page:
//   {type:'ready', mode, layout, buffer}            buffer: the shared wasm memory (parallel)
//   {type:'check', id, result}
//   {type:'started'}                                parallel: output flows through the ring
//   {type:'out', records:[[fd,pid,tid,Uint8Array]...]}   single: batched output
//   {type:'exit', code}                             single: the run ended
//   {type:'error', message}                         the runtime failed; make a new worker
/* global createInterleave, importScripts */
'use strict';

let M = null;
let mode = null;

// Single build: output is batched into messages; the page gets them while
// this worker keeps running (postMessage does not wait for the page).
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
  // No blocking read is possible without SharedArrayBuffer: input() sees EOF.
  M.ilReadLine = () => null;
  const parallel = M._il_is_parallel() === 1;
  const layout = parallel ? JSON.parse(M.UTF8ToString(M._il_layout())) : null;
  postMessage({ type: 'ready', mode: parallel ? 'parallel' : 'single', layout,
                buffer: parallel ? M.HEAPU8.buffer : null,
                cores: self.navigator.hardwareConcurrency || 1 });
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
  let code;
  try {
    code = M._il_start(...args);
    freeArgs();
  } catch (e) {
    flushBatch();
    postMessage({ type: 'error', message: String(e && e.message || e) });
    return;
  }
  flushBatch();
  postMessage({ type: 'exit', code });
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
      case 'stop': if (M) M._il_interrupt(); break;
    }
  } catch (err) {
    postMessage({ type: 'error', message: String(err && err.message || err) });
  }
};
