// Scheduler tests that CPython cannot record (deadlock reports, seeded
// schedules): a table of program → expected events, Go-playground style.
//
//   node tests/sched/run.mjs [--runner BINARY]
//
// Each case runs the program (in this directory) with the given flags and
// checks the exit code, stdout and stderr patterns; `same` cases check that
// two runs print byte-identical output; `search` cases look for a seed that
// shows the behaviour (and check that no seed shows it when `never`).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const ri = args.indexOf('--runner');
const runner = ri >= 0 ? args[ri + 1] : join(here, '..', '..', 'build', 'interleave');

function run(file, flags = [], interruptAfterMs = 0) {
  if (interruptAfterMs) {
    // Send SIGINT (what Stop does) that long after the program's first line
    // of output (so a slow start on a loaded machine cannot make it arrive
    // early), and wait for the exit code. (spawnSync's own timeout closes the
    // pipes first: the traceback would be lost.) A program that ignores it is
    // killed after 30 s, so a failing case leaves no process spinning behind.
    const script = 'out=$(mktemp); "$@" >"$out" & pid=$!; ' +
      'for i in $(seq 600); do [ -s "$out" ] && break; sleep 0.05; done; ' +
      'sleep ' + interruptAfterMs / 1000 + '; kill -INT $pid; ' +
      '(sleep 30; kill -9 $pid) >/dev/null 2>&1 & dog=$!; wait $pid; rc=$?; kill $dog 2>/dev/null; ' +
      'cat "$out"; rm -f "$out"; exit $rc';
    const r = spawnSync('bash', ['-c', script, 'run', runner, ...flags, file], { cwd: here, encoding: 'utf8', timeout: 60000 });
    return { code: r.status, out: r.stdout, err: r.stderr, timedOut: r.error?.code === 'ETIMEDOUT' };
  }
  const r = spawnSync(runner, [...flags, file], { cwd: here, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, out: r.stdout, err: r.stderr, timedOut: r.error?.code === 'ETIMEDOUT' };
}

const cases = [
  { name: 'two-lock cycle is reported', file: 'deadlock_two_locks.py',
    expect: { code: 1, err: [/^Deadlock: every thread is waiting/m,
      /thread 'one' at deadlock_two_locks\.py:10 waits on Lock .*held by thread 'two' \(acquired at deadlock_two_locks\.py:14\)/,
      /thread 'two' at deadlock_two_locks\.py:16 waits on Lock .*held by thread 'one' \(acquired at deadlock_two_locks\.py:8\)/,
      /thread 'MainThread' at deadlock_two_locks\.py:22 waits in join\(\) for thread 'one'/] } },
  { name: 'join cycle is reported', file: 'deadlock_join_cycle.py',
    expect: { code: 1, err: [/thread 'child' at deadlock_join_cycle\.py:5 waits in join\(\) for thread 'MainThread'/,
      /thread 'MainThread' at deadlock_join_cycle\.py:9 waits in join\(\) for thread 'child'/] } },
  { name: 'Queue.get nobody feeds is reported', file: 'deadlock_queue_get.py',
    expect: { code: 1, out: 'waiting\n', err: [/thread 'MainThread' at deadlock_queue_get\.py:4 waits on /] } },
  { name: 'Event nobody sets is reported', file: 'deadlock_event.py',
    expect: { code: 1, err: [/thread 'waiter' at .* waits on /, /thread 'MainThread' at deadlock_event\.py:5 waits in join\(\) for thread 'waiter'/] } },
  { name: 'asyncio tasks awaiting an Event/Queue nobody feeds are reported', file: 'deadlock_asyncio_event.py',
    expect: { code: 1, out: 'waiting\n', err: [/thread 'MainThread' at deadlock_asyncio_event\.py:15 waits on the asyncio event loop: .*awaits Event\.wait\(\).*task 'consumer' \(consumer\(\) at deadlock_asyncio_event\.py:5\) awaits Queue\.get\(\)/,
      /task 'Task-1' \(main\(\) at deadlock_asyncio_event\.py:13\) awaits gather\(\)/] } },
  { name: 'asyncio main awaiting an Event nobody sets is reported', file: 'deadlock_asyncio_main.py',
    expect: { code: 1, out: 'waiting\n', err: [/^Deadlock: every thread is waiting/m,
      /thread 'MainThread' at deadlock_asyncio_main\.py:12 waits on the asyncio event loop: task 'Task-1' \(main\(\) at deadlock_asyncio_main\.py:9\) awaits Event\.wait\(\)$/m] } },
  { name: 'asyncio tasks get their own trace tracks', file: 'trace_asyncio_tasks.py', flags: ['--trace', '-'],
    expect: { code: 0, out: '[2, 1]\n', err: [(err) => {
      const ev = traceEvents(err);
      const main = track(ev, 'Task-1'), alpha = track(ev, 'alpha'), beta = track(ev, 'beta');
      return [main, alpha, beta].every((t) => t.id && t.kind === 'asyncio' && t.thread === 1 && t.evs[0] === 'spawn' &&
                                                t.evs.includes('run') && t.evs.at(-1) === 'end') &&
        new Set([main.id, alpha.id, beta.id]).size === 3 &&
        ev.some((e) => e.task === main.id && e.ev === 'park' && e.on === 'await' && e.what === 'gather()') &&
        alpha.evs.filter((x) => x === 'run').length === 3 && beta.evs.filter((x) => x === 'run').length === 2;
    }] } },
  { name: 'greenlets get their own trace tracks', file: 'trace_greenlets.py', flags: ['--trace', '-'],
    expect: { code: 0, out: 'ping\npong\nping again\n', err: [(err) => {
      const ev = traceEvents(err);
      const names = [...new Set(ev.filter((e) => e.ev === 'spawn').map((e) => e.name))];
      return names.length === 2 && names.every((n) => track(ev, n).evs.includes('run')) &&
        ev.some((e) => e.ev === 'park' && e.on === 'greenlet.switch');
    }] } },
  { name: 'same seed, same output', file: 'interleaved_output.py', same: ['--seed', '7'] },
  { name: 'seeded virtual clock: sleep advances time.time()', file: 'interleaved_output.py', flags: ['--seed', '3'],
    expect: { code: 0, out: /slept True\n$/ } },
  { name: 'busy threads interleave in slices', file: 'busy_threads_slices.py',
    expect: { code: 0, out: (o) => {
      const tags = o.trim().split('\n').map((l) => l[0]);
      let switches = 0;
      for (let i = 1; i < tags.length; i++) if (tags[i] !== tags[i - 1]) switches++;
      return tags.length === 40 && switches >= 3;
    } } },
  { name: 'Stop interrupts time.sleep', file: 'interrupt_sleep.py', interrupt: 500,
    expect: { code: 130, out: 'sleeping\n', err: [/KeyboardInterrupt\s*$/] } },
  { name: 'Stop interrupts Thread.join', file: 'interrupt_join.py', interrupt: 500,
    expect: { code: 130, out: 'joining\n', err: [/KeyboardInterrupt\s*$/] } },
  { name: 'Stop interrupts Lock.acquire', file: 'interrupt_acquire.py', interrupt: 500,
    expect: { code: 130, out: 'acquiring\ninterrupted in acquire\n', err: [/KeyboardInterrupt\s*$/] } },
  { name: 'Stop interrupts a busy loop', file: 'interrupt_busy.py', interrupt: 500,
    expect: { code: 130, out: 'spinning\n', err: [/KeyboardInterrupt\s*$/] } },
  // Processes (single mode: every interpreter takes turns on one OS thread).
  { name: 'same seed, same output across processes (pids, random, sleeps)', file: 'mp_interleaved.py', same: ['--seed', '11'] },
  { name: 'seeded processes interleave', file: 'mp_interleaved.py', flags: ['--seed', '2'],
    expect: { code: 0, out: (o) => {
      const who = o.trim().split('\n').slice(0, -1).map((l) => l.split(' ')[0]);
      return who.length === 12 && new Set(who.slice(0, 6)).size >= 3;
    } } },
  { name: 'some seed loses an update to a shared Value across processes', file: 'mp_race_value.py', search: { seeds: 20, found: (o) => o.trim() !== '1000' } },
  { name: 'no seed loses an update under the Value\'s lock', file: 'mp_race_value_locked.py', search: { seeds: 20, never: (o) => o.trim() !== '1000' } },
  { name: 'cross-process deadlock is reported (single mode)', file: 'deadlock_processes.py', flags: ['--mode', 'single'],
    expect: { code: 1, out: 'child waits\n', err: [/^Deadlock: every thread of every process is waiting/m,
      /process 'MainProcess' \(pid \d+\):\n    thread 'MainThread' at deadlock_processes\.py:14 waits on Process\.join/,
      /process 'Process-1' \(pid \d+\):\n    thread 'MainThread' at deadlock_processes\.py:7 waits on Queue\.get/] } },
  // The daemon child gets KeyboardInterrupt too; the parent's exit may end it
  // while it prints its traceback (as CPython's exit terminates daemons).
  { name: 'Stop interrupts joining a process (single mode)', file: 'interrupt_process_join.py', flags: ['--mode', 'single'], interrupt: 500,
    expect: { code: 130, out: 'joining\n', err: [/line 14, in <module>\n    p\.join\(\)\n[^]*?\nKeyboardInterrupt\n/] } },
  { name: 'Stop interrupts joining a process (parallel mode)', file: 'interrupt_process_join.py', flags: ['--mode', 'parallel'], interrupt: 500,
    expect: { code: 130, out: 'joining\n', err: [/line 14, in <module>\n    p\.join\(\)\n[^]*?\nKeyboardInterrupt\n/] } },
  ...['single', 'parallel'].map((mode) => ({
    name: `Stop interrupts every process (${mode} mode)`, file: 'interrupt_children.py', flags: ['--mode', mode], interrupt: 1000,
    expect: { code: 0, out: /^(child [01] running\n){2}parent interrupted\nexitcodes \[1, 1\]\n$/,
      // Two processes' tracebacks may interleave line by line, as on a terminal.
      err: [/^Process Process-1:$/m, /^Process Process-2:$/m, /(line 10, in spin$[^]*){2}/m, /(^KeyboardInterrupt$[^]*){2}/m] } })),
  ...['parallel', 'single'].map((mode) => ({
    name: `Stop runs a SIGINT handler; terminate() runs the children's SIGTERM handlers (${mode} mode)`,
    file: 'interrupt_handler.py', flags: ['--mode', mode], interrupt: 1000,
    expect: { code: 0, out: /^running\nStop: terminating workers\n(worker [01]: SIGTERM, finishing\n){2}exitcodes \[0, 0\]\n$/, err: [/^$/] } })),
  { name: 'Stop cancels asyncio.run\'s main task, then raises KeyboardInterrupt', file: 'interrupt_asyncio.py', interrupt: 700,
    expect: { code: 130, out: 'running\nworker 0 cancelled\nworker 0 cleanup\nworker 1 cancelled\nworker 1 cleanup\nmain cleanup\n',
      err: [/^asyncio\.exceptions\.CancelledError$/m, /During handling of the above exception/, /raise KeyboardInterrupt\(\)\nKeyboardInterrupt\s*$/] } },
  { name: 'Stop runs a SIGINT handler while the main thread waits in join()', file: 'interrupt_handler_threads.py', interrupt: 500,
    expect: { code: 0, out: /^running\ncaught SIGINT, stopping workers\n(worker [01] done\n){2}clean exit\n$/, err: [/^$/] } },
  ...[[[], 64], [['--max-processes', '5'], 5], [['--mode', 'single', '--max-processes', '3'], 3]].map(([flags, cap]) => ({
    name: `a process bomb stops at ${cap} live processes (${flags.join(' ') || 'default'})`, file: 'process_cap.py', flags,
    expect: { code: 0, out: `started ${cap} - then BlockingIOError 11 Resource temporarily unavailable\nexit codes {0}\nafter the bomb 0\n`, err: [/^$/] } })),
  { name: 'some seed loses an update', file: 'race_counter.py', search: { seeds: 40, found: (o) => o.trim() !== '800' } },
  { name: 'no seed loses an update under a Lock', file: 'race_counter_locked.py', search: { seeds: 40, never: (o) => o.trim() !== '800' } },
];

// The JSON trace events in a run's stderr, and one track's events by name.
function traceEvents(text) {
  return text.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
}
function track(events, name) {
  const mine = events.filter((e) => e.name === name);
  return { id: mine[0]?.task, kind: mine[0]?.kind, thread: mine[0]?.thread, evs: mine.map((e) => e.ev) };
}

let passed = 0, failed = 0;
function check(c) {
  if (c.same) {
    const a = run(c.file, c.same), b = run(c.file, c.same);
    if (a.code !== 0) return `exit ${a.code}: ${a.err.slice(-400)}`;
    return a.out === b.out && a.out.length > 0 ? null : 'two runs with the same seed differ';
  }
  if (c.search) {
    const outs = [];
    for (let s = 1; s <= c.search.seeds; s++) {
      const r = run(c.file, ['--seed', String(s)]);
      if (r.code !== 0) return `seed ${s}: exit ${r.code}: ${r.err.slice(-400)}`;
      outs.push(r.out);
    }
    if (c.search.found) return outs.some(c.search.found) ? null : `no seed of ${c.search.seeds} showed it`;
    const bad = outs.findIndex(c.search.never);
    return bad < 0 ? null : `seed ${bad + 1} printed ${outs[bad].trim()}`;
  }
  const r = run(c.file, c.flags, c.interrupt);
  if (r.timedOut) return 'did not end';
  const e = c.expect;
  if (e.code !== undefined && r.code !== e.code) return `exit ${r.code}, expected ${e.code}; stderr: ${r.err.slice(-400)}`;
  if (typeof e.out === 'string' && r.out !== e.out) return `stdout ${JSON.stringify(r.out)}`;
  if (e.out instanceof RegExp && !e.out.test(r.out)) return `stdout ${JSON.stringify(r.out.slice(-300))} !~ ${e.out}`;
  if (typeof e.out === 'function' && !e.out(r.out)) return `stdout does not show it: ${JSON.stringify(r.out.slice(0, 300))}`;
  for (const re of e.err || []) {
    const ok = typeof re === 'function' ? re(r.err) : re.test(r.err);
    if (!ok) return `stderr !~ ${re}:\n${r.err}`;
  }
  return null;
}
for (const c of cases) {
  const why = check(c);
  if (why) { failed++; console.log(`FAIL ${c.name} (${c.file}): ${why}`); }
  else { passed++; console.log(`ok   ${c.name}`); }
}
console.log(`sched: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
