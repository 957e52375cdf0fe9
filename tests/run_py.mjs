#!/usr/bin/env node
// Runs the tests/py conformance suite against an interpreter and compares each
// program's stdout, exit code and last stderr line with its recorded NAME.exp.
//
//   node tests/run_py.mjs [options] [PATH ...]
//
//   PATH               test programs (NAME.py) or directories (searched
//                      recursively); default: every tests/py/**/*.py
//   --runner CMD       command that runs a program like `python3 FILE.py ARGS`
//                      (default: build/interleave).  Split on spaces (quotes
//                      allowed); words naming an existing file relative to the
//                      current directory (or the repo root) are made absolute.
//   --name NAME        runner name matched against `# skip:` markers (default:
//                      "wasm" if CMD mentions wasm, "cpython" if it starts
//                      with python, else "native")
//   --filter SUBSTR    only tests whose path (relative to tests/py) contains
//                      SUBSTR; may be given more than once (any may match)
//   --timeout SEC      per-test timeout in seconds (default 30)
//   --jobs N           parallel workers (default: number of CPUs)
//   -v, --verbose      also print passing and skipped tests, and the stderr
//                      tail of failing ones
//
// Prints one line per failing test, then exactly `N passed, M failed`
// (plus `, K skipped` when tests were skipped).  Exit code 0 only if nothing
// failed.  Node 20, no dependencies.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(HERE);
const PY_ROOT = path.join(HERE, 'py');
const OUTPUT_CAP = 32 * 1024 * 1024;

function usage(msg) {
  if (msg) console.error(`run_py.mjs: ${msg}`);
  console.error('usage: node tests/run_py.mjs [--runner CMD] [--name NAME] [--filter SUBSTR] ' +
                '[--timeout SEC] [--jobs N] [-v] [PATH ...]');
  process.exit(2);
}

// ---------------------------------------------------------------- options
const opts = { runner: 'build/interleave', name: null, filters: [], timeout: 30,
               jobs: os.cpus().length || 4, verbose: false, paths: [] };
{
  const argv = process.argv.slice(2);
  const need = (i) => { if (i + 1 >= argv.length) usage(`${argv[i]} needs a value`); return argv[i + 1]; };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const key = eq > 0 ? a.slice(0, eq) : a;
    const val = () => (eq > 0 ? a.slice(eq + 1) : need(i++));
    switch (key) {
      case '--runner': opts.runner = val(); break;
      case '--name': opts.name = val(); break;
      case '--filter': opts.filters.push(val()); break;
      case '--timeout': opts.timeout = Number(val()); break;
      case '--jobs': case '-j': opts.jobs = Math.max(1, parseInt(val(), 10) || 1); break;
      case '-v': case '--verbose': opts.verbose = true; break;
      case '-h': case '--help': usage(); break;
      default:
        if (a.startsWith('-')) usage(`unknown option ${a}`);
        opts.paths.push(a);
    }
  }
  if (!(opts.timeout > 0)) usage('--timeout must be a positive number');
}

function splitCommand(s) {
  const words = [];
  let cur = null, quote = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < s.length) cur += s[++i];
      else cur += c;
    } else if (c === '"' || c === "'") { quote = c; cur = cur ?? ''; }
    else if (/\s/.test(c)) { if (cur !== null) { words.push(cur); cur = null; } }
    else if (c === '\\' && i + 1 < s.length) { cur = (cur ?? '') + s[++i]; }
    else cur = (cur ?? '') + c;
  }
  if (quote) usage('unterminated quote in --runner');
  if (cur !== null) words.push(cur);
  return words;
}

// Tests run with a temp dir as cwd, so relative paths in the runner command
// are resolved now: against the current directory first, then the repo root.
function resolveWord(w) {
  if (w.startsWith('-') || path.isAbsolute(w)) return w;
  for (const base of [process.cwd(), REPO]) {
    const p = path.resolve(base, w);
    if (fs.existsSync(p)) return p;
  }
  return w;
}

const runnerWords = splitCommand(opts.runner).map(resolveWord);
if (runnerWords.length === 0) usage('empty --runner');
if (runnerWords[0].includes('/') && !fs.existsSync(runnerWords[0])) {
  console.error(`run_py.mjs: runner not found: ${runnerWords[0]} (build it first, or pass --runner)`);
  process.exit(2);
}
const runnerName = opts.name ?? (/wasm/i.test(opts.runner) ? 'wasm'
  : /^python/.test(path.basename(runnerWords[0])) ? 'cpython' : 'native');

// ---------------------------------------------------------------- discovery
function collect(p, out) {
  const abs = path.resolve(p);
  let st;
  try { st = fs.statSync(abs); } catch { usage(`no such file or directory: ${p}`); }
  if (st.isDirectory()) {
    for (const e of fs.readdirSync(abs).sort()) {
      const child = path.join(abs, e);
      if (fs.statSync(child).isDirectory()) collect(child, out);
      else if (e.endsWith('.py')) out.push(child);
    }
  } else if (abs.endsWith('.py')) out.push(abs);
  else usage(`not a .py test program: ${p}`);
}

let tests = [];
for (const p of (opts.paths.length ? opts.paths : [PY_ROOT])) collect(p, tests);
tests = [...new Set(tests)];
const rel = (t) => {
  const r = path.relative(PY_ROOT, t);
  if (!r.startsWith('..')) return r;
  const c = path.relative(process.cwd(), t);
  return c.startsWith('..') ? t : c;
};
if (opts.filters.length) tests = tests.filter((t) => opts.filters.some((f) => rel(t).includes(f)));

// ---------------------------------------------------------------- .exp format
function lastStderrLine(buf) {
  const lines = buf.toString('utf8').split(/\r\n|\n|\r/);
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].trim() !== '') return lines[i].trimEnd();
  return '';
}

// Returns { rc, stdout (Buffer), stderrLast }.
function parseExp(buf) {
  if (buf.subarray(0, 6).toString('latin1') === '# exit') {
    const nl = buf.indexOf(10);
    const header = buf.subarray(0, nl < 0 ? buf.length : nl).toString('utf8');
    const m = /^# exit (-?\d+)(?: \| (.*))?$/.exec(header);
    if (!m) throw new Error(`malformed .exp header: ${header}`);
    return { rc: Number(m[1]), stderrLast: m[2] ?? '', stdout: nl < 0 ? Buffer.alloc(0) : buf.subarray(nl + 1) };
  }
  return { rc: 0, stderrLast: '', stdout: buf };
}

function skipMarker(src) {
  // `# skip: wasm` (names separated by commas or spaces) in the leading comment lines.
  const names = [];
  for (const line of src.split('\n')) {
    if (!line.startsWith('#')) break;
    const m = /^#\s*skip:\s*(.*)$/.exec(line);
    if (m) names.push(...m[1].split(/[\s,]+/).filter(Boolean));
  }
  return names;
}

const show = (s) => JSON.stringify(s.length > 160 ? s.slice(0, 160) + '…' : s);

function firstDiff(expected, actual) {
  const es = expected.toString('utf8'), as = actual.toString('utf8');
  if (es === as + '\n') return 'stdout: missing final newline';
  if (as === es + '\n') return 'stdout: unexpected final newline';
  const e = es.split('\n');
  const a = as.split('\n');
  const n = Math.max(e.length, a.length);
  for (let i = 0; i < n; i++) {
    if (e[i] !== a[i]) {
      const ev = i < e.length ? show(e[i]) : '<end of output>';
      const av = i < a.length ? show(a[i]) : '<end of output>';
      // A missing final newline shows up as an extra empty last element.
      return `stdout line ${i + 1}: expected ${ev}, got ${av}`;
    }
  }
  return 'stdout differs';
}

// ---------------------------------------------------------------- running
function runOne(test) {
  return new Promise((resolve) => {
    const base = test.slice(0, -3);
    const name = path.basename(test);
    const src = fs.readFileSync(test, 'utf8');
    const skips = skipMarker(src);
    // `# skip: wasm` covers every wasm runner (wasm, wasm-single); `# skip:
    // wasm-single` only that one.
    const hit = skips.find((k) => runnerName === k || runnerName.startsWith(k + '-'));
    if (hit) return resolve({ status: 'skip', why: `skip: ${hit}` });
    let exp;
    try { exp = parseExp(fs.readFileSync(base + '.exp')); }
    catch (e) {
      return resolve({ status: 'fail', why: e.code === 'ENOENT' ? 'no .exp file (run python3 tests/record.py)' : e.message });
    }
    const args = fs.existsSync(base + '.args')
      ? fs.readFileSync(base + '.args', 'utf8').split(/\r?\n/).filter((l, i, arr) => !(l === '' && i === arr.length - 1))
      : [];
    const stdin = fs.existsSync(base + '.in') ? fs.readFileSync(base + '.in') : Buffer.alloc(0);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'interleave-test-'));
    fs.copyFileSync(test, path.join(tmp, name));

    const env = { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' };
    delete env.PYTHONHASHSEED; // tests must not depend on it
    delete env.PYTHONSTARTUP;
    delete env.PYTHONWARNINGS;

    const t0 = Date.now();
    let child;
    try {
      child = spawn(runnerWords[0], [...runnerWords.slice(1), name, ...args],
                    { cwd: tmp, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    } catch (e) {
      fs.rmSync(tmp, { recursive: true, force: true });
      return resolve({ status: 'fail', why: `cannot start runner: ${e.message}` });
    }
    const out = [], err = [];
    let outLen = 0, errLen = 0, timedOut = false, overflow = false, spawnError = null, done = false;
    const killGroup = () => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { try { child.kill('SIGKILL'); } catch {} }
    };
    const timer = setTimeout(() => { timedOut = true; killGroup(); }, opts.timeout * 1000);
    child.stdout.on('data', (d) => { outLen += d.length; if (outLen > OUTPUT_CAP) { overflow = true; killGroup(); } else out.push(d); });
    child.stderr.on('data', (d) => { errLen += d.length; if (errLen > OUTPUT_CAP) { overflow = true; killGroup(); } else err.push(d); });
    child.stdin.on('error', () => {}); // the program may exit without reading stdin
    child.stdin.end(stdin);
    const finish = () => {
      if (done) return false;
      done = true;
      clearTimeout(timer);
      fs.rmSync(tmp, { recursive: true, force: true });
      return true;
    };
    child.on('error', (e) => {
      spawnError = e;
      // A runner that cannot be started may never emit 'close'.
      setTimeout(() => {
        if (finish()) resolve({ status: 'fail', why: `cannot start runner: ${e.message}` });
      }, 100);
    });
    child.on('close', (code, signal) => {
      if (!finish()) return;
      const ms = Date.now() - t0;
      const stdout = Buffer.concat(out), stderr = Buffer.concat(err);
      const stderrLast = lastStderrLine(stderr);
      const fail = (why) => resolve({ status: 'fail', why, stderr, ms });
      if (spawnError) return fail(`cannot start runner: ${spawnError.message}`);
      if (timedOut) return fail(`timed out after ${opts.timeout} s`);
      if (overflow) return fail(`output exceeds ${OUTPUT_CAP} bytes`);
      const rc = code ?? 128 + (os.constants.signals[signal] ?? 0);
      if (!stdout.equals(exp.stdout)) return fail(firstDiff(exp.stdout, stdout));
      if (rc !== exp.rc) return fail(`exit code: expected ${exp.rc}, got ${rc}` + (stderrLast ? ` (stderr: ${show(stderrLast)})` : ''));
      if (stderrLast !== exp.stderrLast) return fail(`last stderr line: expected ${show(exp.stderrLast)}, got ${show(stderrLast)}`);
      resolve({ status: 'pass', ms });
    });
  });
}

// ---------------------------------------------------------------- main
let passed = 0, failed = 0, skipped = 0;
let next = 0;
async function worker() {
  while (next < tests.length) {
    const t = tests[next++];
    const r = await runOne(t);
    if (r.status === 'pass') {
      passed++;
      if (opts.verbose) console.log(`ok   ${rel(t)} (${r.ms} ms)`);
    } else if (r.status === 'skip') {
      skipped++;
      if (opts.verbose) console.log(`skip ${rel(t)} (${r.why})`);
    } else {
      failed++;
      console.log(`FAIL ${rel(t)}: ${r.why}`);
      if (opts.verbose && r.stderr && r.stderr.length) {
        const tail = r.stderr.toString('utf8').trimEnd().split('\n').slice(-8);
        for (const l of tail) console.log(`     | ${l}`);
      }
    }
  }
}
if (opts.verbose) console.log(`runner: ${runnerWords.join(' ')} (name: ${runnerName}), ${tests.length} tests`);
await Promise.all(Array.from({ length: Math.min(opts.jobs, Math.max(1, tests.length)) }, worker));
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
process.exit(failed ? 1 : 0);
