#!/usr/bin/env node
// Measures the playground in Chromium (Playwright, as tests/e2e/run.mjs):
//
//   node bench/browser.mjs [--runs N] [--skip-compare] [--speed [--single] [NAME ...]]
//
// 1. first load: bytes the server sent for a fresh visit (gzip, no cache),
//    per file, until the page is ready to run;
// 2. navigation -> first output line of a hello world opened with ?run=1
//    (a fresh browser context each time);
// 3. examples/31_compare_normal_threads_processes.py (the seeds' normal /
//    multithread / multicore comparison) on the real clock: its printed
//    timings and the multicore speed-up over the plain loop;
// 4. with --speed: the wasm/native speed ratio: each bench/*.py that
//    bench/compare.py runs (or the NAMEs given), run in the page and with
//    build/interleave, interleaved, --runs times each; the page's run time
//    (Run -> exit, as the status line shows it) over the native wall time.
//    --single: the single build (the page of a host without isolation,
//    which runs programs in 30 ms slices between its worker's events).
//
// Prints numbers only (no pass/fail): the machine's load changes them.
// Needs the site (web/build-site.sh runs when it is stale) and Chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import LZString from 'lz-string';
import { serve } from '../web/serve.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const COMPARE = 'examples/31_compare_normal_threads_processes.py';

const argv = process.argv.slice(2);
let runs = 3, skipCompare = false, speed = null, speedSingle = false;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--runs') runs = Math.max(1, Number(argv[++i]) || 1);
  else if (argv[i] === '--skip-compare') skipCompare = true;
  else if (argv[i] === '--speed') speed = [];
  else if (argv[i] === '--single') speedSingle = true;
  else if (speed && !argv[i].startsWith('-')) speed.push(argv[i].replace(/\.py$/, ''));
  else { console.error(`browser.mjs: unknown option ${argv[i]}`); process.exit(2); }
}

if (spawnSync('bash', [path.join(REPO, 'web/build-site.sh')], { cwd: REPO, stdio: 'inherit' }).status !== 0) {
  console.error('bench: the site did not build');
  process.exit(1);
}

// What the server sends, per request (bodies as sent: gzip where accepted).
const sent = [];
const site = await serve({ port: 0, quiet: true });
// Before serve's own handler, which passes its headers to writeHead.
site.server.prependListener('request', (req, res) => {
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, headers = {}) => {
    sent.push({ url: req.url.split('?')[0], bytes: Number(headers['Content-Length'] || 0), status,
                gzip: headers['Content-Encoding'] === 'gzip' });
    return writeHead(status, headers);
  };
});
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;

console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);

// ---- 1. first load
{
  sent.length = 0;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => window.__interleave && document.body.dataset.ready === '1' &&
    document.body.dataset.editor === '1', null, { timeout: 60000 });
  await page.waitForLoadState('networkidle');
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await context.close();
  const byUrl = new Map();
  for (const s of sent) {
    const e = byUrl.get(s.url) || { bytes: 0, n: 0, n304: 0, gzip: s.gzip };
    e.bytes += s.bytes; e.n++;
    if (s.status === 304) e.n304++; else e.gzip = s.gzip;
    byUrl.set(s.url, e);
  }
  const total = sent.reduce((a, s) => a + s.bytes, 0);
  console.log(`first load: ${kib(total)} in ${sent.length} responses (gzip; Chromium reports ${cores} cores)`);
  for (const [url, e] of [...byUrl].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 8)) {
    const times = e.n > 1 ? ` (${e.n} requests${e.n304 ? `, ${e.n304} not modified` : ''})` : '';
    console.log(`  ${kib(e.bytes).padStart(9)}  ${url}${times}${e.gzip ? '' : ' (not compressed)'}`);
  }
}

// ---- 2. ?run=1 hello world: navigation start -> first output
{
  const url = `${site.url}?run=1#code=${LZString.compressToEncodedURIComponent('print("hello, world")\n')}`;
  const times = [];
  for (let k = 0; k < Math.max(runs, 3); k++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__interleave && window.__interleave.stats.firstOutput !== null,
      null, { timeout: 60000, polling: 'raf' });
    const st = await page.evaluate(() => window.__interleave.stats);
    times.push(st.firstOutput);
    if (k === 0) console.log(`  stats of the first: ${JSON.stringify(st, (key, v) => (typeof v === 'number' ? Math.round(v) : v))}`);
    await context.close();
  }
  console.log(`?run=1 hello world, navigation -> first output: median ${median(times).toFixed(0)} ms ` +
    `(${times.map((t) => t.toFixed(0)).join(', ')})`);
}

// ---- 3. the comparison example, real clock
if (!skipCompare) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => window.__interleave && document.body.dataset.ready === '1', null, { timeout: 60000 });
  const source = fs.readFileSync(path.join(REPO, COMPARE), 'utf8');
  const rows = [];
  for (let k = 0; k < runs; k++) {
    await page.evaluate((c) => window.__interleave.setCode(c), source);
    await page.click('#run');
    await page.waitForFunction(() => document.body.dataset.state === 'idle', null, { timeout: 300000 });
    const text = await page.evaluate(() => window.__interleave.terminalText());
    const t = {};
    for (const m of text.matchAll(/^(normal|multithread|multicore) time: ([\d.e-]+)$/gm)) t[m[1]] = Number(m[2]);
    if (!t.normal || !t.multicore) {
      console.log(`compare: unexpected output:\n${text}`);
      break;
    }
    rows.push(t);
    console.log(`${COMPARE} run ${k + 1}: normal ${t.normal.toFixed(2)} s, multithread ${t.multithread.toFixed(2)} s, ` +
      `multicore ${t.multicore.toFixed(2)} s: speed-up ${(t.normal / t.multicore).toFixed(2)}x`);
  }
  if (rows.length) {
    console.log(`compare: median speed-up multicore vs normal ${median(rows.map((t) => t.normal / t.multicore)).toFixed(2)}x, ` +
      `multithread vs normal ${median(rows.map((t) => t.normal / t.multithread)).toFixed(2)}x`);
  }
  await context.close();
}

// ---- 4. wasm/native speed ratio on bench/*.py
if (speed) {
  const names = speed.length ? speed : fs.readdirSync(path.join(REPO, 'bench'))
    .filter((f) => f.endsWith('.py') && !f.startsWith('mp') && f !== 'compare.py').map((f) => f.slice(0, -3)).sort();
  const context = await browser.newContext();
  const page = await context.newPage();
  const fragment = speedSingle ? `#code=${LZString.compressToEncodedURIComponent('pass\n')}&mode=single` : '';
  await page.goto(site.url + fragment);
  await page.waitForFunction(() => window.__interleave && document.body.dataset.ready === '1', null, { timeout: 60000 });
  const mode = await page.evaluate(() => window.__interleave.mode);
  console.log(`speed (${mode} build in the page vs build/interleave; ms are medians of ${runs})`);
  const ratios = [];
  for (const name of names) {
    const file = path.join(REPO, 'bench', `${name}.py`);
    const source = fs.readFileSync(file, 'utf8');
    const web = [], native = [];
    let nativeOut = null, webOut = null;
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      const r = spawnSync(path.join(REPO, 'build/interleave'), [file], { cwd: path.join(REPO, 'bench'), encoding: 'utf8' });
      native.push(performance.now() - t0);
      nativeOut = r.stdout;
      await page.evaluate((c) => window.__interleave.setCode(c), source);
      await page.click('#run');
      await page.waitForFunction(() => document.body.dataset.state === 'idle', null, { timeout: 300000, polling: 50 });
      web.push(await page.evaluate(() => window.__interleave.runner.elapsed()));
      webOut = await page.evaluate(() => window.__interleave.terminalText());
    }
    // The terminal wraps long lines: compare without line breaks.
    const same = webOut.replace(/\s+/g, '') === nativeOut.replace(/\s+/g, '');
    const ratio = median(web) / median(native);
    if (same) ratios.push(ratio);
    console.log(`  ${name.padEnd(20)} native ${median(native).toFixed(0).padStart(6)} ms  page ${median(web).toFixed(0).padStart(6)} ms  ` +
      `ratio ${ratio.toFixed(2)}${same ? '' : '  (output differs)'}  [page runs: ${web.map((t) => t.toFixed(0)).join(', ')}]`);
    if (!same && process.env.IL_BENCH_DEBUG) console.log(JSON.stringify(webOut.slice(0, 400)), JSON.stringify(nativeOut.slice(0, 400)));
  }
  if (ratios.length) console.log(`speed: median page/native ratio over ${ratios.length} programs: ${median(ratios).toFixed(2)}`);
  await context.close();
}

await browser.close();
site.server.close();
