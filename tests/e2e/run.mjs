#!/usr/bin/env node
// Browser end-to-end tests of the playground: Playwright (playwright-core)
// driving Debian's Chromium (/usr/bin/chromium, headless) against the built
// site (dist/, rebuilt by web/build-site.sh when stale) served by
// web/serve.mjs with COOP/COEP headers, and once without them.
//
//   node tests/e2e/run.mjs [--filter SUBSTR] [--headed] [-v]
//
// Prints one line per test and, last, `N passed, M failed`. CHROMIUM
// overrides the browser path.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import LZString from 'lz-string';
import { serve } from '../../web/serve.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// DESIGN.md section 6 (headless comes from Playwright's launch option).
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const argv = process.argv.slice(2);
const filters = [];
let headed = false, verbose = false;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--filter') filters.push(argv[++i]);
  else if (argv[i] === '--headed') headed = true;
  else if (argv[i] === '-v') verbose = true;
  else { console.error(`run.mjs: unknown option ${argv[i]}`); process.exit(2); }
}

function fatal(msg) {
  console.error(`e2e: ${msg}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (!fs.existsSync(CHROMIUM)) fatal(`${CHROMIUM} not found (bash scripts/deps.sh --browser installs it)`);
if (!fs.existsSync(path.join(REPO, 'build-wasm/interleave_web.wasm'))) {
  fatal('build-wasm/interleave_web.wasm is missing: run bash scripts/build-wasm.sh');
}
if (!fs.existsSync(path.join(REPO, 'build-wasm-single/interleave_web.wasm'))) {
  console.log('e2e: build-wasm-single/ is missing: the single-mode tests will fail (bash scripts/build-wasm.sh)');
}
{
  const r = spawnSync('bash', [path.join(REPO, 'web/build-site.sh')], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) fatal('the site did not build');
}

const isolated = await serve({ port: 0, quiet: true });
const plain = await serve({ port: 0, quiet: true, isolation: false });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: !headed, args: FLAGS });

// ------------------------------------------------------------------ helpers
async function openPage(url, { allowErrors = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.__interleave && document.body.dataset.ready === '1' &&
    document.body.dataset.editor === '1', null, { timeout: 30000 });
  page.allowErrors = allowErrors;
  return page;
}

async function closePage(page) {
  const errors = page.allowErrors ? [] : page.errors;
  await page.context().close();
  if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
}

async function runCode(page, code, { timeout = 30000 } = {}) {
  await page.evaluate((c) => window.__interleave.setCode(c), code);
  await page.click('#run');
  return waitExit(page, timeout);
}

async function waitExit(page, timeout = 30000) {
  await page.waitForFunction(() => document.body.dataset.state === 'idle', null, { timeout });
  return page.evaluate(() => ({
    exit: document.getElementById('status-exit').textContent,
    text: window.__interleave.terminalText(),
  }));
}

function expect(cond, msg) {
  if (!cond) throw new Error(msg);
}

const HELLO = 'import threading\n\ndef w(n):\n    print(f"hello from {n}")\n\n' +
  'ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]\n' +
  'for t in ts: t.start()\nfor t in ts: t.join()\nprint("all done")\n';

// ------------------------------------------------------------------ tests
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('load: parallel mode, no console errors', async () => {
  const page = await openPage(isolated.url);
  const mode = await page.evaluate(() => window.__interleave.mode);
  expect(mode === 'parallel', `mode is ${mode}`);
  expect(await page.isVisible('#mode-note') === false, 'single-mode note shown in an isolated page');
  await closePage(page);
});

test('run a threading program and read the terminal', async () => {
  const page = await openPage(isolated.url);
  const r = await runCode(page, HELLO);
  expect(r.exit === 'exit 0', `status: ${r.exit}\n${r.text}`);
  for (let i = 0; i < 3; i++) expect(r.text.includes(`hello from ${i}`), `missing thread ${i}:\n${r.text}`);
  expect(r.text.trim().endsWith('all done'), `output:\n${r.text}`);
  // The DOM renderer: the text is in the page, selectable.
  const dom = await page.textContent('#terminal .xterm-rows');
  expect(dom.includes('all done'), 'terminal DOM lacks the output');
  // One colour per thread, with a legend.
  const legend = await page.locator('.legend-item').count();
  expect(legend === 4, `legend has ${legend} entries, expected main + 3 threads`);
  await closePage(page);
});

let warmRunMs = null;
test('a warm run starts fast', async () => {
  const page = await openPage(isolated.url);
  await runCode(page, 'print(1)\n');
  const times = [];
  for (let k = 0; k < 3; k++) {
    await runCode(page, 'print(2)\n');
    times.push(await page.evaluate(() => window.__interleave.stats.firstOutput - window.__interleave.stats.runStart));
  }
  warmRunMs = Math.min(...times);
  expect(warmRunMs < 100, `Run -> first output: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  await closePage(page);
});

test('syntax error marker on the right line', async () => {
  const page = await openPage(isolated.url);
  await page.evaluate(() => window.__interleave.setCode('x = 1\nif x\n    pass\n'));
  await page.waitForFunction(() => window.__interleave.markers().length > 0, null, { timeout: 10000 });
  const m = await page.evaluate(() => window.__interleave.markers()[0]);
  expect(m.startLineNumber === 2, `marker on line ${m.startLineNumber}: ${m.message}`);
  expect(/SyntaxError: expected ':'/.test(m.message), m.message);
  await closePage(page);
});

test('Stop raises KeyboardInterrupt in an infinite loop', async () => {
  const page = await openPage(isolated.url);
  await page.evaluate(() => window.__interleave.setCode('print("start", flush=True)\nwhile True:\n    pass\n'));
  await page.click('#run');
  await page.waitForFunction(() => window.__interleave.terminalText().includes('start'), null, { timeout: 10000 });
  const t0 = Date.now();
  await page.click('#stop');
  const r = await waitExit(page, 5000);
  const ms = Date.now() - t0;
  expect(r.text.includes('KeyboardInterrupt'), `no KeyboardInterrupt:\n${r.text}`);
  expect(r.exit !== 'terminated', `status: ${r.exit}`);
  if (verbose) console.log(`    stop -> exit in ${ms} ms (${r.exit})`);
  await closePage(page);
});

test('second Stop ends the run; the next run works', async () => {
  const page = await openPage(isolated.url);
  const code = 'print("go", flush=True)\nwhile True:\n    try:\n        while True:\n            pass\n' +
    '    except KeyboardInterrupt:\n        print("caught", flush=True)\n';
  await page.evaluate((c) => window.__interleave.setCode(c), code);
  await page.click('#run');
  await page.waitForFunction(() => window.__interleave.terminalText().includes('go'), null, { timeout: 10000 });
  await page.click('#stop');
  await page.waitForFunction(() => window.__interleave.terminalText().includes('caught'), null, { timeout: 5000 });
  await page.click('#stop');
  const r = await waitExit(page, 5000);
  expect(r.exit === 'terminated', `status: ${r.exit}`);
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 20000 });
  const r2 = await runCode(page, 'print("again")\n');
  expect(r2.text.includes('again') && r2.exit === 'exit 0', `after restart: ${r2.exit}\n${r2.text}`);
  await closePage(page);
});

test('Stop runs the program\'s SIGINT handler (a graceful shutdown)', async () => {
  const page = await openPage(isolated.url);
  const code = 'import signal, threading, time\nstop = threading.Event()\n' +
    'def on_int(signum, frame):\n    print("handler: stopping", flush=True)\n    stop.set()\n' +
    'signal.signal(signal.SIGINT, on_int)\n' +
    'def work():\n    while not stop.is_set():\n        time.sleep(0.01)\n    print("worker done", flush=True)\n' +
    't = threading.Thread(target=work)\nt.start()\nprint("running", flush=True)\nt.join()\nprint("clean exit")\n';
  await page.evaluate((c) => window.__interleave.setCode(c), code);
  await page.click('#run');
  await page.waitForFunction(() => window.__interleave.terminalText().includes('running'), null, { timeout: 10000 });
  await page.click('#stop');
  const r = await waitExit(page, 5000);
  expect(r.exit === 'exit 0' && /handler: stopping[^]*worker done[^]*clean exit/.test(r.text) && !r.text.includes('KeyboardInterrupt'),
    `${r.exit}\n${r.text}`);
  await closePage(page);
});

// Children that spin: Stop interrupts them too (as Ctrl-C reaches a
// terminal's process group); the parent catches it in join() and reports.
const SPIN_CHILDREN = 'import multiprocessing as mp\n' +
  'def spin(n):\n    print("child", n, "running", flush=True)\n    while True:\n        pass\n' +
  'if __name__ == "__main__":\n    ps = [mp.Process(target=spin, args=(i,)) for i in range(2)]\n' +
  '    for p in ps: p.start()\n    try:\n        for p in ps: p.join()\n' +
  '    except KeyboardInterrupt:\n        for p in ps: p.join()\n        print("exitcodes", [p.exitcode for p in ps])\n';

async function stopSpinningChildren(page) {
  await page.evaluate((c) => window.__interleave.setCode(c), SPIN_CHILDREN);
  await page.click('#run');
  await page.waitForFunction(() => /child 0 running[^]*child 1 running|child 1 running[^]*child 0 running/
    .test(window.__interleave.terminalText()), null, { timeout: 20000 });
  await page.click('#stop');
  const r = await waitExit(page, 10000);
  expect(r.exit === 'exit 0' && r.text.includes('exitcodes [1, 1]'), `${r.exit}\n${r.text}`);
  expect(r.text.includes('Process Process-1:') && r.text.includes('Process Process-2:'), `no child tracebacks:\n${r.text}`);
}

test('Stop interrupts child processes too', async () => {
  const page = await openPage(isolated.url);
  await stopSpinningChildren(page);
  await closePage(page);
});

test('input() reads a line typed in the terminal', async () => {
  const page = await openPage(isolated.url);
  await page.evaluate(() => window.__interleave.setCode('name = input("name? ")\nprint("hi", name)\n'));
  await page.click('#run');
  await page.waitForFunction(() => document.body.dataset.input === 'waiting', null, { timeout: 10000 });
  await page.keyboard.type('Ada');
  await page.keyboard.press('Enter');
  const r = await waitExit(page, 10000);
  expect(r.text.includes('name? Ada') && r.text.includes('hi Ada'), `output:\n${r.text}`);
  await closePage(page);
});

test('Stop while input() waits raises KeyboardInterrupt', async () => {
  const page = await openPage(isolated.url);
  await page.evaluate(() => window.__interleave.setCode('input("? ")\n'));
  await page.click('#run');
  await page.waitForFunction(() => document.body.dataset.input === 'waiting', null, { timeout: 10000 });
  await page.click('#stop');
  const r = await waitExit(page, 5000);
  expect(r.text.includes('KeyboardInterrupt'), r.text);
  await closePage(page);
});

test('Stop while input() waits runs a SIGINT handler; input() goes on', async () => {
  const page = await openPage(isolated.url);
  const code = 'import signal\n' +
    'signal.signal(signal.SIGINT, lambda s, f: print("handler ran", flush=True))\n' +
    'print("got", input("? "))\n';
  await page.evaluate((c) => window.__interleave.setCode(c), code);
  await page.click('#run');
  await page.waitForFunction(() => document.body.dataset.input === 'waiting', null, { timeout: 10000 });
  await page.click('#stop');
  await page.waitForFunction(() => window.__interleave.terminalText().includes('handler ran'), null, { timeout: 5000 });
  await page.keyboard.type('Ada');
  await page.keyboard.press('Enter');
  const r = await waitExit(page, 10000);
  expect(r.exit === 'exit 0' && r.text.includes('got Ada') && !r.text.includes('KeyboardInterrupt'), `${r.exit}\n${r.text}`);
  await closePage(page);
});

test('share link round trip', async () => {
  const page = await openPage(isolated.url);
  const code = 'print("shared", 6 * 7)\n';
  await page.evaluate((c) => window.__interleave.setCode(c), code);
  await page.click('.options summary');
  await page.fill('#opt-seed', '7');
  await page.dispatchEvent('#opt-seed', 'change');
  await page.click('#share');
  const url = await page.evaluate(() => location.href);
  await closePage(page);
  expect(url.includes('#code=') && url.includes('seed=7'), url);
  const page2 = await openPage(url);
  const got = await page2.evaluate(() => window.__interleave.getCode());
  expect(got === code, `restored ${JSON.stringify(got)}`);
  expect(await page2.inputValue('#opt-seed') === '7', 'seed not restored');
  await closePage(page2);
});

let firstOutputMs = null;
test('?run=1 runs on load', async () => {
  const code = 'print("hello, world")\n';
  const url = `${isolated.url}?run=1#code=${LZString.compressToEncodedURIComponent(code)}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForFunction(() => window.__interleave && window.__interleave.stats.firstOutput !== null,
    null, { timeout: 30000, polling: 'raf' });
  firstOutputMs = await page.evaluate(() => window.__interleave.stats.firstOutput);
  if (verbose) console.log('    ' + JSON.stringify(await page.evaluate(() => window.__interleave.stats)));
  const r = await waitExit(page);
  expect(r.text.includes('hello, world'), r.text);
  await context.close();
  expect(!errors.length, errors.join(' | '));
});

test('two million lines: none lost, page responsive', async () => {
  const page = await openPage(isolated.url);
  const n = 2000000;
  await page.evaluate((c) => window.__interleave.setCode(c), `for i in range(${n}):\n    print(i)\n`);
  await page.click('#run');
  // The page keeps answering while the output streams.
  let worst = 0;
  for (let k = 0; k < 10; k++) {
    const t = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    worst = Math.max(worst, Date.now() - t);
    await new Promise((r) => setTimeout(r, 200));
  }
  const r = await waitExit(page, 240000);
  const chars = await page.evaluate(() => window.__interleave.stats.chars[1]);
  let expected = 0;
  for (let i = 0; i < n; i++) expected += String(i).length + 1;
  expect(r.exit === 'exit 0', r.exit);
  expect(chars === expected, `received ${chars} chars, expected ${expected}`);
  expect(r.text.trim().endsWith(String(n - 1)), 'last line missing');
  expect(worst < 1000, `a frame took ${worst} ms`);
  if (verbose) console.log(`    worst frame wait ${worst} ms`);
  await closePage(page);
});

test('recursion bomb ends with RecursionError; next run works', async () => {
  const page = await openPage(isolated.url);
  const r = await runCode(page, 'def f(n):\n    return f(n + 1)\nf(0)\n');
  expect(r.text.includes('RecursionError'), r.text.slice(-500));
  const r2 = await runCode(page, 'print("fine")\n');
  expect(r2.text.includes('fine'), r2.text);
  await closePage(page);
});

const NATIVE = path.join(REPO, 'build/interleave');
const GALLERY_SEED = '1';
// Examples write files (db.txt): run them away from the checkout.
const NATIVE_CWD = fs.mkdtempSync(path.join(os.tmpdir(), 'il-e2e-'));
// The reference for a gallery example: the native CLI under the same seed as
// the page (virtual clock: seconds of sleeps cost nothing). null when there
// is no native build or it could not run.
function nativeRun(name) {
  if (!fs.existsSync(NATIVE)) return null;
  const r = spawnSync(NATIVE, ['--seed', GALLERY_SEED, path.join(REPO, 'examples', name)], {
    input: '3\n', timeout: 120000, stdio: ['pipe', 'ignore', 'pipe'], cwd: NATIVE_CWD, encoding: 'utf8' });
  if (r.error && r.error.code !== 'ETIMEDOUT') return null;
  return { exit: r.status === null ? 'timeout' : r.status, traceback: /^Traceback /m.test(r.stderr || '') };
}

test('every example in the gallery runs to completion', async () => {
  const page = await openPage(isolated.url);
  const examples = await page.evaluate(() => window.__interleave.examples);
  const failures = [];
  // A seed (the options' field): the tutorials' sleeps of seconds run on the
  // virtual clock, so the whole gallery takes seconds, not minutes.
  await page.evaluate((seed) => {
    const el = document.getElementById('opt-seed');  // in the (folded) options panel
    el.value = seed;
    el.dispatchEvent(new Event('change'));
  }, GALLERY_SEED);
  for (const ex of examples) {
    await page.evaluate((n) => window.__interleave.loadExample(n), ex.name);
    await page.click('#run');
    const deadline = Date.now() + 60000;
    let done = false;
    while (Date.now() < deadline) {
      const st = await page.evaluate(() => [document.body.dataset.state, document.body.dataset.input]);
      if (st[0] === 'idle') { done = true; break; }
      if (st[1] === 'waiting') { await page.keyboard.type('3'); await page.keyboard.press('Enter'); }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!done) {
      failures.push(`${ex.name}: still running after 60 s`);
      await page.evaluate(() => window.__interleave.stop());
      await page.evaluate(() => window.__interleave.stop());
      await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 20000 });
      continue;
    }
    const exit = await page.textContent('#status-exit');
    const native = nativeRun(ex.name);
    const want = native === null ? /^exit \d+$/ : new RegExp(`^exit ${native.exit}$`);
    if (!want.test(exit)) failures.push(`${ex.name}: ${exit} (native: exit ${native ? native.exit : '?'})`);
    // A child process's traceback does not change the parent's exit status.
    const text = await page.evaluate(() => window.__interleave.terminalText());
    const tb = text.search(/^Traceback /m);
    if (tb >= 0 && native && !native.traceback) failures.push(`${ex.name}: ${text.slice(tb, tb + 600)}`);
    if (verbose) console.log(`    ${ex.name}: ${exit}`);
  }
  expect(!failures.length, failures.join('; '));
  if (verbose) console.log(`    ${examples.length} examples`);
  await closePage(page);
});

// Every process is an interpreter on its own Web Worker: a program starting
// hundreds must hit the process limit (an OSError, as fork would give) rather
// than exhaust the page, and processes must work again afterwards.
test('process bomb ends with OSError; the page stays usable', async () => {
  const page = await openPage(isolated.url);
  const bomb = 'from multiprocessing import Process, Event\n\ndef f(go):\n    go.wait()\n\n' +
    "if __name__ == '__main__':\n    go = Event()\n    ps = []\n    try:\n" +
    '        for i in range(200):\n            p = Process(target=f, args=(go,))\n            p.start()\n' +
    '            ps.append(p)\n    except OSError as e:\n        print(type(e).__name__, e)\n' +
    "    go.set()\n    for p in ps:\n        p.join()\n    print('joined', len(ps))\n";
  const r = await runCode(page, bomb, { timeout: 90000 });
  expect(r.exit === 'exit 0', `status: ${r.exit}\n${r.text.slice(-800)}`);
  expect(/BlockingIOError: |BlockingIOError \[Errno 11\]/.test(r.text), `no OSError:\n${r.text.slice(-800)}`);
  expect(/^joined \d+$/m.test(r.text), r.text.slice(-800));
  const pipe = 'from multiprocessing import Process, Pipe\n\ndef f(c):\n    c.send("after")\n\n' +
    "if __name__ == '__main__':\n    a, b = Pipe()\n    p = Process(target=f, args=(b,))\n    p.start()\n" +
    '    print(a.recv())\n    p.join()\n';
  const r2 = await runCode(page, pipe);
  expect(r2.exit === 'exit 0' && r2.text.includes('after'), `after the bomb: ${r2.exit}\n${r2.text}`);
  await closePage(page);
});

test('single build in a page without isolation', async () => {
  const page = await openPage(`${plain.url}?coi=0`);
  const info = await page.evaluate(() => ({ mode: window.__interleave.mode, reason: window.__interleave.reason }));
  expect(info.mode === 'single', `mode ${info.mode}`);
  expect(await page.isVisible('#mode-note'), 'no note saying why');
  expect(/not cross-origin isolated/.test(await page.textContent('#mode-note')), 'note does not say why');
  const r = await runCode(page, HELLO);
  expect(r.text.includes('all done') && r.exit === 'exit 0', `${r.exit}\n${r.text}`);
  // The run goes in slices from the worker's event loop: Stop raises
  // KeyboardInterrupt, as in parallel mode ...
  await page.evaluate(() => window.__interleave.setCode('print("start", flush=True)\nwhile True:\n    pass\n'));
  await page.click('#run');
  await page.waitForFunction(() => window.__interleave.terminalText().includes('start'), null, { timeout: 10000 });
  await page.click('#stop');
  const r2 = await waitExit(page, 5000);
  expect(r2.text.includes('KeyboardInterrupt') && r2.exit !== 'terminated', `${r2.exit}\n${r2.text}`);
  // ... input() reads a typed line while a thread keeps printing ...
  const code = 'import threading, time\n' +
    'def tick():\n    for i in range(3):\n        time.sleep(0.05)\n        print("tick", i, flush=True)\n' +
    't = threading.Thread(target=tick)\nt.start()\nname = input("name? ")\nt.join()\nprint("hi", name)\n';
  await page.evaluate((c) => window.__interleave.setCode(c), code);
  await page.click('#run');
  await page.waitForFunction(() => document.body.dataset.input === 'waiting', null, { timeout: 10000 });
  await page.waitForFunction(() => window.__interleave.terminalText().includes('tick 2'), null, { timeout: 10000 });
  await page.keyboard.type('Ada');
  await page.keyboard.press('Enter');
  const r3 = await waitExit(page, 10000);
  expect(r3.text.includes('hi Ada') && r3.exit === 'exit 0', `${r3.exit}\n${r3.text}`);
  // ... and processes take turns on the one thread.
  const mp = 'import multiprocessing as mp\n' +
    'def work(q, n):\n    q.put(n * n)\n' +
    'if __name__ == "__main__":\n    q = mp.Queue()\n' +
    '    ps = [mp.Process(target=work, args=(q, i)) for i in range(3)]\n' +
    '    for p in ps: p.start()\n    for p in ps: p.join()\n' +
    '    print("squares", sorted(q.get() for _ in ps), [p.exitcode for p in ps])\n';
  const r4 = await runCode(page, mp);
  expect(r4.text.includes('squares [0, 1, 4] [0, 0, 0]') && r4.exit === 'exit 0', `${r4.exit}\n${r4.text}`);
  await stopSpinningChildren(page);
  // A second Stop still ends a run at once (the worker is replaced).
  const stubborn = 'print("go", flush=True)\nwhile True:\n    try:\n        while True:\n            pass\n' +
    '    except KeyboardInterrupt:\n        print("caught", flush=True)\n';
  await page.evaluate((c) => window.__interleave.setCode(c), stubborn);
  await page.click('#run');
  await page.waitForFunction(() => window.__interleave.terminalText().includes('go'), null, { timeout: 10000 });
  await page.click('#stop');
  await page.waitForFunction(() => window.__interleave.terminalText().includes('caught'), null, { timeout: 5000 });
  await page.click('#stop');
  const r5 = await waitExit(page, 5000);
  expect(r5.exit === 'terminated', r5.exit);
  await closePage(page);
});

test('service worker adds isolation on a plain static host', async () => {
  const page = await openPage(plain.url);
  const mode = await page.evaluate(() => window.__interleave.mode);
  expect(mode === 'parallel', `mode ${mode} (crossOriginIsolated=${await page.evaluate(() => crossOriginIsolated)})`);
  await closePage(page);
});

test('embed.html runs', async () => {
  const code = 'print("embedded")\n';
  const page = await openPage(`${isolated.url}embed.html#code=${LZString.compressToEncodedURIComponent(code)}`);
  await page.click('#run');
  const r = await waitExit(page);
  expect(r.text.includes('embedded'), r.text);
  await closePage(page);
});

test('phone layout: editor above terminal', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true });
  const page = await context.newPage();
  await page.goto(isolated.url);
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 30000 });
  const [e, t] = await Promise.all([page.locator('#editor').boundingBox(), page.locator('#terminal').boundingBox()]);
  expect(e.y + e.height <= t.y + 1, `editor ${JSON.stringify(e)} terminal ${JSON.stringify(t)}`);
  expect(e.width > 300 && t.width > 300, 'panes too narrow');
  await context.close();
});

// ------------------------------------------------------------------ main
let passed = 0, failed = 0;
for (const t of tests) {
  if (filters.length && !filters.some((f) => t.name.includes(f))) continue;
  const t0 = Date.now();
  try {
    await t.fn();
    passed++;
    console.log(`ok    ${t.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed++;
    console.log(`FAIL  ${t.name} (${((Date.now() - t0) / 1000).toFixed(1)} s): ${String(e.message || e).split('\n').slice(0, 8).join('\n      ')}`);
  }
}
if (warmRunMs !== null) console.log(`note: warm run: Run -> first output ${warmRunMs.toFixed(0)} ms`);
if (firstOutputMs !== null) console.log(`note: ?run=1 hello world: first output ${firstOutputMs.toFixed(0)} ms after navigation start`);
await browser.close();
fs.rmSync(NATIVE_CWD, { recursive: true, force: true });
isolated.server.close();
plain.server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
