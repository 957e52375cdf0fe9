// app.js — wires the playground together (index.html, and embed.html with
// compact=true): editor, terminal, runner, examples, share links, themes.
import './style.css';
import { TerminalPane } from './terminal.js';
import { Runner } from './runner.js';
import { chooseMode } from './isolation.js';
import { encodeShare, decodeShare } from './share.js';
import { EXAMPLES, HELLO } from './examples.js';

const $ = (id) => document.getElementById(id);

function initialTheme() {
  const saved = localStorage.getItem('interleave-theme');
  if (saved === 'light' || saved === 'dark') return saved;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export async function startApp({ compact = false } = {}) {
  const params = new URLSearchParams(location.search);
  const shared = decodeShare(location.hash);
  const opts = {
    seed: shared.seed ?? '',
    mode: shared.mode ?? (params.get('mode') || 'auto'),
    switchInterval: shared.switchInterval ?? '',
  };
  let theme = params.get('theme') || initialTheme();
  document.documentElement.dataset.theme = theme;

  const term = new TerminalPane($('terminal'), $('legend'), theme);
  const status = {
    mode: $('status-mode'), time: $('status-time'), exit: $('status-exit'), note: $('mode-note'),
  };

  const { mode, reason } = await chooseMode(opts.mode);
  status.mode.textContent = mode === 'parallel' ? 'parallel' : 'single';
  status.mode.title = reason || 'parallel mode: processes run on separate cores (SharedArrayBuffer)';
  document.body.dataset.mode = mode;
  if (reason && status.note) {
    status.note.textContent = reason;
    status.note.hidden = false;
  }

  let editorApi = null;
  let timer = null;
  // Characters received per stream in the current run, and when the first
  // arrived (performance.now()): for tests and the closing numbers.
  const stats = { chars: { 1: 0, 2: 0 }, firstOutput: null };
  const runner = new Runner({
    mode,
    // Run the warm-up program when the runtime loads (the optimising tier
    // then compiles the interpreter before the first Run), except when the
    // link runs its program at once: that run warms up as it goes.
    warmup: params.get('run') !== '1',
    onOutput: (fd, pid, tid, text) => {
      stats.chars[fd === 2 ? 2 : 1] += text.length;
      if (stats.firstOutput === null) stats.firstOutput = performance.now();
      term.output(fd, pid, tid, text);
    },
    canAccept: () => term.canAccept(),
    onInput: () => {
      term.beginInput();
      document.body.dataset.input = 'waiting';
    },
    onExit: async (code, ms, how, message) => {
      clearInterval(timer);
      await term.flushed();
      status.time.textContent = `${(ms / 1000).toFixed(2)} s`;
      if (how === 'terminated') term.note('\n[run ended by Stop]\n');
      if (how === 'error') term.note(`\n[the runtime failed: ${message}; it was restarted]\n`);
      status.exit.textContent = code === null ? (how === 'error' ? 'runtime error' : 'terminated') : `exit ${code}`;
      status.exit.dataset.code = code === null ? 'none' : String(code);
      document.body.dataset.state = 'idle';
      document.body.dataset.input = '';
      $('run').disabled = false;
      $('stop').disabled = true;
    },
    onError: (message) => term.note(`[runtime: ${message}]\n`),
  });
  term.onLine = (line) => { document.body.dataset.input = ''; runner.sendInput(line); };
  term.onEOF = () => { document.body.dataset.input = ''; runner.sendEOF(); };
  term.onInterrupt = () => runner.stop();

  stats.appStart = performance.now();
  const ready = runner.start().then(
    () => { document.body.dataset.ready = '1'; stats.runtimeReady = performance.now(); },
    (e) => term.note(`[could not load the runtime: ${e.message}]\n`),
  );

  const source = shared.source ?? (compact ? '' : localStorage.getItem('interleave-code')) ?? HELLO;
  // Monaco is most of the page's JavaScript: load it after the runtime has
  // started loading, so `?run=1` shows output before the editor is up.
  let code = source || HELLO;
  const getCode = () => (editorApi ? editorApi.getValue() : code);
  const editorReady = import('./editor.js').then(({ createEditor }) => {
    editorApi = createEditor($('editor'), {
      value: getCode(), theme, compact,
      onRun: () => run(),
      check: (src) => runner.check(src),
    });
    ready.then(() => editorApi.check());
    if (!compact) {
      editorApi.editor.onDidChangeModelContent(() => localStorage.setItem('interleave-code', editorApi.getValue()));
    }
    document.body.dataset.editor = '1';
  });

  async function run() {
    if (runner.running) return;
    term.reset();
    stats.chars = { 1: 0, 2: 0 };
    stats.firstOutput = null;
    stats.runStart = performance.now();
    status.exit.textContent = 'running';
    status.exit.dataset.code = '';
    document.body.dataset.state = 'running';
    $('run').disabled = true;
    $('stop').disabled = false;
    clearInterval(timer);
    timer = setInterval(() => { status.time.textContent = `${(runner.elapsed() / 1000).toFixed(1)} s`; }, 100);
    const ok = await runner.run({
      source: getCode(), filename: 'main.py', argv: ['main.py'],
      seed: opts.seed === '' ? null : opts.seed, switchInterval: opts.switchInterval || 0,
    });
    if (!ok) clearInterval(timer);
  }

  $('run').addEventListener('click', run);
  $('stop').addEventListener('click', () => {
    runner.stop();
    // A SIGINT handler may let input() go on waiting: typing goes to the
    // terminal again, and Enter must not press Stop a second time.
    if (term.inputMode) term.term.focus();
  });
  $('stop').disabled = true;

  function setTheme(t) {
    theme = t;
    document.documentElement.dataset.theme = t;
    localStorage.setItem('interleave-theme', t);
    if (editorApi) editorApi.setTheme(t);
    term.setTheme(t);
  }
  $('theme')?.addEventListener('click', () => setTheme(theme === 'dark' ? 'light' : 'dark'));

  // --- options, examples, share (full page only) ---
  const seedEl = $('opt-seed'), modeEl = $('opt-mode'), siEl = $('opt-si');
  if (seedEl) {
    seedEl.value = opts.seed;
    modeEl.value = opts.mode;
    siEl.value = opts.switchInterval;
    seedEl.addEventListener('change', () => { opts.seed = /^\d+$/.test(seedEl.value) ? seedEl.value : ''; seedEl.value = opts.seed; });
    siEl.addEventListener('change', () => { opts.switchInterval = Number(siEl.value) > 0 ? siEl.value : ''; siEl.value = opts.switchInterval; });
    modeEl.addEventListener('change', () => {
      opts.mode = modeEl.value;
      // A different runtime build: reload with the choice in the link.
      location.hash = encodeShare({ source: getCode(), ...opts });
      location.reload();
    });
  }
  const exEl = $('examples');
  if (exEl) {
    for (const ex of EXAMPLES) {
      const o = document.createElement('option');
      o.value = ex.name;
      o.textContent = ex.title;
      exEl.append(o);
    }
    exEl.addEventListener('change', () => {
      const ex = EXAMPLES.find((e) => e.name === exEl.value);
      if (ex) window.__interleave.setCode(ex.source);
      exEl.value = '';
    });
  }
  $('share')?.addEventListener('click', async () => {
    const url = new URL(location.href);
    url.hash = encodeShare({ source: getCode(), ...opts });
    history.replaceState(null, '', url);
    let copied = false;
    try { await navigator.clipboard.writeText(url.href); copied = true; } catch { /* not allowed */ }
    const msg = $('share-msg');
    if (msg) {
      msg.textContent = copied ? 'Link copied' : 'Link in the address bar';
      msg.hidden = false;
      setTimeout(() => { msg.hidden = true; }, 2000);
    }
  });
  $('open-playground')?.addEventListener('click', (e) => {
    e.currentTarget.href = `./index.html#${encodeShare({ source: getCode(), ...opts })}`;
  });

  // For tests and the console.
  window.__interleave = {
    runner, ready, mode, reason, stats,
    run, stop: () => runner.stop(),
    terminalText: () => term.text(),
    editorReady,
    setCode: (s) => { code = s; if (editorApi) editorApi.setValue(s); },
    getCode,
    markers: () => (editorApi ? editorApi.markers() : []),
    examples: EXAMPLES.map((e) => ({ name: e.name, title: e.title })),
    loadExample: (name) => { const ex = EXAMPLES.find((e) => e.name === name); if (ex) window.__interleave.setCode(ex.source); return !!ex; },
  };

  if (params.get('run') === '1') ready.then(run);
}
