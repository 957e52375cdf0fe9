// runner.js — the page's side of the runtime: owns the worker that hosts the
// wasm module (web/public/runtime-worker.js), starts runs, drains their output
// once per animation frame, answers input(), and stops them.
//
// Parallel mode: the program runs on a pthread inside the worker; its output
// lands in a ring buffer in the shared wasm memory (layout: il_layout() in
// wasm/src/host/web.cpp) which this file reads directly. Reading frees space,
// and a writer blocked on a full ring resumes: nothing is dropped and the
// page never has more than one ring's worth to draw.
// Single mode: the worker runs the program in slices from its event loop
// (so Stop and input lines reach it) and posts output in batches.

const WRAP = 0xffffffff;
const HEADER = 16;
// Most bytes handed to the terminal per frame: enough for fast output, small
// enough that a frame stays short (the terminal parses what it gets).
const FRAME_BUDGET = 128 * 1024;

export class Runner {
  // opts: {mode, base, warmup, onOutput(fd, pid, tid, text), onExit(code, ms, how),
  //        onInput(), onReady(info), onError(message), canAccept()}
  constructor(opts) {
    this.opts = opts;
    this.mode = opts.mode;
    this.worker = null;
    this.ready = null;
    this.running = false;
    this.checks = new Map();
    this.checkId = 0;
    this.frame = this.frame.bind(this);
  }

  // Starts (or restarts) the worker; resolves when the module is loaded.
  start() {
    if (this.worker) this.worker.terminate();
    const base = new URL(`wasm/${this.mode}/`, this.opts.base || location.href).href;
    this.worker = new Worker(new URL('runtime-worker.js', this.opts.base || location.href).href);
    this.queue = [];
    this.shared = null;
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = (e) => this.onMessage(e.data, resolve);
      this.worker.onerror = (e) => {
        e.preventDefault();
        const msg = e.message || 'the runtime worker failed';
        if (this.running) this.failRun(msg);
        reject(new Error(msg));
      };
    });
    this.ready.catch(() => {});
    this.worker.postMessage({ type: 'init', mode: this.mode, base, warmup: !!this.opts.warmup });
    return this.ready;
  }

  onMessage(m, resolveReady) {
    switch (m.type) {
      case 'ready':
        this.mode = m.mode;
        if (m.layout) {
          const L = m.layout;
          this.shared = { L, words: new Int32Array(m.buffer, L.words, 8), u8: new Uint8Array(m.buffer),
                          dv: new DataView(m.buffer), exitAt: new Float64Array(m.buffer, L.exitAt, 1) };
        }
        resolveReady(m);
        if (this.opts.onReady) this.opts.onReady(m);
        break;
      case 'check': {
        const cb = this.checks.get(m.id);
        this.checks.delete(m.id);
        if (cb) cb(m.result);
        break;
      }
      case 'started': this.started = true; break;
      case 'out': for (const r of m.records) this.queue.push(r); break;
      case 'exit':
        this.exitCode = m.code;
        this.exitAt = m.at;
        break;
      case 'input-request':
        if (this.running && !this.inputAsked) {
          this.inputAsked = true;
          this.opts.onInput();
        }
        break;
      case 'error':
        if (this.running) this.failRun(m.message);
        else if (this.opts.onError) this.opts.onError(m.message);
        break;
    }
  }

  // Compiles without running: {ok} or {ok:false, type, msg, line, col, ...}.
  async check(source) {
    await this.ready;
    const id = ++this.checkId;
    return new Promise((resolve) => {
      this.checks.set(id, resolve);
      this.worker.postMessage({ type: 'check', id, source });
    });
  }

  // opts: {source, filename, argv, seed, switchInterval}
  async run(opts) {
    if (this.running) return false;
    await this.ready;
    this.running = true;
    this.started = false;
    this.stopRequested = false;
    this.exitCode = undefined;
    this.inputAsked = false;
    this.exitAt = undefined;
    this.decoders = new Map();
    this.queue = [];
    this.t0 = performance.now();
    this.worker.postMessage({ type: 'run', ...opts });
    requestAnimationFrame(this.frame);
    return true;
  }

  elapsed() {
    return this.running ? performance.now() - this.t0 : this.lastMs || 0;
  }

  // First Stop: KeyboardInterrupt in the main thread. Second Stop: end the
  // worker at once.
  stop() {
    if (!this.running) return;
    if (!this.stopRequested) {
      this.stopRequested = true;
      this.worker.postMessage({ type: 'stop' });
      return;
    }
    this.kill('terminated');
  }

  kill(how) {
    this.drain(Infinity);
    this.finish(null, how);
    this.start();  // a fresh worker for the next run
  }

  failRun(message) {
    this.finish(null, 'error', message);
    this.start();
  }

  finish(code, how, message) {
    if (!this.running) return;
    this.running = false;
    // Run -> the program's exit, as the worker saw it (not the frame that
    // noticed); a killed or failed run ends now.
    const end = how === 'exit' || how === 'stopped' ? this.exitAt : undefined;
    const now = performance.now();
    this.lastMs = (end !== undefined && end > 0 ? Math.min(now, end - performance.timeOrigin) : now) - this.t0;
    this.opts.onExit(code, this.lastMs, how, message);
  }

  sendInput(line) {
    const s = this.shared;
    if (!s) {  // single mode
      if (this.running) this.worker.postMessage({ type: 'input', line });
      this.inputAsked = false;
      return;
    }
    if (Atomics.load(s.words, s.L.idx.input) !== 1) return;
    const bytes = new TextEncoder().encode(line);
    const n = Math.min(bytes.length, s.L.inputCap);
    s.u8.set(bytes.subarray(0, n), s.L.input);
    Atomics.store(s.words, s.L.idx.inputLen, n);
    Atomics.store(s.words, s.L.idx.input, 2);
    Atomics.notify(s.words, s.L.idx.input);
    this.inputAsked = false;
  }

  sendEOF() {
    const s = this.shared;
    if (!s) {  // single mode
      if (this.running) this.worker.postMessage({ type: 'input', line: null });
      this.inputAsked = false;
      return;
    }
    if (Atomics.load(s.words, s.L.idx.input) !== 1) return;
    Atomics.store(s.words, s.L.idx.input, 3);
    Atomics.notify(s.words, s.L.idx.input);
    this.inputAsked = false;
  }

  emit(fd, pid, tid, bytes) {
    const key = `${fd}:${pid}:${tid}`;
    let dec = this.decoders.get(key);
    if (!dec) this.decoders.set(key, (dec = new TextDecoder('utf-8')));
    const text = dec.decode(bytes, { stream: true });
    if (text) this.opts.onOutput(fd, pid, tid, text);
  }

  // Hands at most `budget` bytes of output to onOutput; returns true when
  // nothing is left.
  drain(budget) {
    let used = 0;
    if (this.shared) {
      const { L, words, u8, dv } = this.shared;
      const cap = L.ringCap;
      let r = Atomics.load(words, L.idx.read) >>> 0;
      const w = Atomics.load(words, L.idx.write) >>> 0;
      while (r !== w && used < budget) {
        const pos = r & (cap - 1);
        const at = L.ring + pos;
        const len = dv.getUint32(at, true);
        if (len === WRAP) { r = (r + cap - pos) >>> 0; continue; }
        // slice(): TextDecoder does not take views of shared memory.
        this.emit(dv.getInt32(at + 4, true), dv.getInt32(at + 8, true), dv.getInt32(at + 12, true),
                  u8.slice(at + HEADER, at + HEADER + len));
        used += len;
        r = (r + HEADER + ((len + 3) & ~3)) >>> 0;
      }
      Atomics.store(words, L.idx.read, r | 0);
      Atomics.notify(words, L.idx.read);
      if (r !== w) return false;
    }
    while (this.queue.length && used < budget) {
      const [fd, pid, tid, bytes] = this.queue.shift();
      this.emit(fd, pid, tid, bytes);
      used += bytes.length;
    }
    return this.queue.length === 0;
  }

  frame() {
    if (!this.running) return;
    const accept = !this.opts.canAccept || this.opts.canAccept();
    const s = this.shared;
    // Read "finished" before draining: then the drain sees all its output.
    const finished = s ? this.started && Atomics.load(s.words, s.L.idx.state) === 2
                       : this.exitCode !== undefined;
    const empty = accept ? this.drain(FRAME_BUDGET) : false;
    if (finished && empty) {
      if (s) this.exitAt = s.exitAt[0];
      this.finish(s ? Atomics.load(s.words, s.L.idx.exit) : this.exitCode, this.stopRequested ? 'stopped' : 'exit');
      return;
    }
    if (s && !this.inputAsked && Atomics.load(s.words, s.L.idx.input) === 1) {
      this.inputAsked = true;
      this.opts.onInput();
    }
    requestAnimationFrame(this.frame);
  }
}
