// Runs every gallery example (examples/*.py) on build/interleave under
// --seed (a virtual clock: the tutorials' sleeps of 5-10 s take no time, and
// the run is reproducible). Each must exit 0 with an empty stderr; where
// CPython's output is deterministic, tests/examples/expected/NAME.exp (recorded
// from CPython 3.11, with the real greenlet/gevent for 44-47) must match.
//
//   node tests/examples/run.mjs [--runner BINARY] [NAME-PREFIX ...]
//
// Examples that need a module the interpreter does not have yet (e.g.
// multiprocessing before it lands) are reported as skipped, by name.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const ri = args.indexOf('--runner');
const runner = resolve(ri >= 0 ? args[ri + 1] : join(root, 'build', 'interleave'));
const only = args.filter((a, i) => ri < 0 || (i !== ri && i !== ri + 1));

function run(file, cwd) {
  const r = spawnSync(runner, ['--seed', '1', basename(file)], { cwd, encoding: 'utf8', timeout: 120000 });
  return { code: r.status, out: r.stdout ?? '', err: r.stderr ?? '', timedOut: r.error?.code === 'ETIMEDOUT' };
}

// Which optional modules this interpreter has (an example importing one it
// lacks is skipped, and says which).
const probed = new Map();
function has(mod) {
  if (!probed.has(mod)) {
    const r = spawnSync(runner, ['-c', `import ${mod}`], { encoding: 'utf8', timeout: 30000 });
    probed.set(mod, r.status === 0);
  }
  return probed.get(mod);
}
const optional = ['multiprocessing', 'gevent', 'greenlet', 'asyncio'];

let passed = 0, failed = 0, skipped = 0;
const files = readdirSync(join(root, 'examples')).filter((f) => /^\d\d_.*\.py$/.test(f)).sort()
  .filter((f) => only.length === 0 || only.some((p) => f.startsWith(p)));
for (const name of files) {
  const src = readFileSync(join(root, 'examples', name), 'utf8');
  const missing = optional.filter((m) => new RegExp(`^\\s*(import|from)\\s+${m}\\b`, 'm').test(src) && !has(m));
  if (missing.length) {
    skipped++;
    console.log(`skip ${name}: needs ${missing.join(', ')}`);
    continue;
  }
  const dir = mkdtempSync(join(tmpdir(), 'il-example-'));
  copyFileSync(join(root, 'examples', name), join(dir, name));
  const r = run(join(dir, name), dir);
  rmSync(dir, { recursive: true, force: true });
  let why = null;
  if (r.timedOut) why = 'timed out';
  else if (r.code !== 0) why = `exit ${r.code}: ${r.err.trim().split('\n').slice(-3).join(' | ')}`;
  else if (r.err.trim()) why = `stderr: ${r.err.trim().split('\n').slice(-2).join(' | ')}`;
  else {
    const exp = join(here, 'expected', name.replace(/\.py$/, '.exp'));
    if (existsSync(exp) && readFileSync(exp, 'utf8') !== r.out) {
      const e = readFileSync(exp, 'utf8').split('\n'), g = r.out.split('\n');
      const i = e.findIndex((l, k) => l !== g[k]);
      why = `stdout line ${i + 1}: expected ${JSON.stringify(e[i])}, got ${JSON.stringify(g[i])}`;
    }
  }
  if (why) { failed++; console.log(`FAIL ${name}: ${why}`); }
  else { passed++; console.log(`ok   ${name}`); }
}
console.log(`examples: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
