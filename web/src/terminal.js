// terminal.js — the xterm.js pane: output of each process/thread in its own
// colour (with a legend), stderr in red, and a line editor for input().
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';

// ANSI colours for the 2nd, 3rd ... writer (the first, usually the main
// thread, keeps the default colour); the theme decides the actual shades.
const PALETTE = [36, 33, 35, 32, 34, 96, 93, 95, 92, 94];
const STDERR = 31;
// The task id of an interpreter's main thread (OutputSink::write's tid; the
// scheduler numbers tasks from 1, the main task first).
const MAIN_TASK_ID = 1;
// Bytes handed to xterm whose parsing has not finished: above this the
// runner stops draining (and the program's writer blocks), so a flood of
// output never piles up in the page.
const MAX_PENDING = 256 * 1024;

export const THEMES = {
  dark: { background: '#1e1e1e', foreground: '#d4d4d4', cursor: '#d4d4d4', selectionBackground: '#264f78' },
  light: {
    background: '#ffffff', foreground: '#1f2328', cursor: '#1f2328', selectionBackground: '#add6ff',
    cyan: '#0b7a8a', yellow: '#8a6d00', magenta: '#a3219e', green: '#1a7f37', blue: '#0550ae', red: '#cf222e',
    brightCyan: '#0f6e7a', brightYellow: '#7a5a00', brightMagenta: '#8a1f86', brightGreen: '#116329', brightBlue: '#0a3069',
  },
};

export class TerminalPane {
  constructor(el, legendEl, theme) {
    this.term = new Terminal({
      convertEol: true,
      scrollback: 5000,
      fontSize: 13,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace',
      theme: THEMES[theme],
      cursorBlink: false,
      disableStdin: false,
    });
    this.fit = new FitAddon();
    this.term.loadAddon(this.fit);
    this.term.open(el);
    this.legendEl = legendEl;
    this.pending = 0;
    this.inputMode = false;
    this.line = '';
    this.onLine = null;
    this.onEOF = null;
    this.onInterrupt = null;
    this.term.onData((d) => this.typed(d));
    new ResizeObserver(() => this.resize()).observe(el);
    this.resize();
    this.reset();
  }

  resize() {
    try { this.fit.fit(); } catch { /* hidden pane */ }
  }

  setTheme(theme) {
    this.term.options.theme = THEMES[theme];
  }

  reset() {
    this.term.reset();
    this.colours = new Map();
    this.mainPid = undefined;
    this.nextColour = 0;
    this.legendEl.replaceChildren();
    this.inputMode = false;
    this.line = '';
  }

  canAccept() {
    return this.pending < MAX_PENDING;
  }

  write(text) {
    this.pending += text.length;
    this.term.write(text, () => { this.pending -= text.length; });
  }

  // Resolves when xterm has parsed everything written so far.
  flushed() {
    return new Promise((resolve) => this.term.write('', resolve));
  }

  // The main thread of the first process keeps the default colour; every
  // other (process, thread) gets the next palette colour as it first writes.
  colourOf(pid, tid) {
    const key = `${pid}:${tid}`;
    let c = this.colours.get(key);
    if (c === undefined) {
      if (this.mainPid === undefined) this.mainPid = pid;
      const isMain = pid === this.mainPid && tid === MAIN_TASK_ID;
      c = isMain ? 0 : PALETTE[this.nextColour++ % PALETTE.length];
      this.colours.set(key, c);
      this.addLegend(pid, tid, c, isMain);
    }
    return c;
  }

  addLegend(pid, tid, c, isMain) {
    const item = document.createElement('span');
    item.className = 'legend-item';
    item.dataset.colour = String(c);
    const child = pid !== this.mainPid;
    item.textContent = isMain ? 'main thread' : tid === MAIN_TASK_ID && child ? `process ${pid}`
      : `${child ? `process ${pid} · ` : ''}thread ${tid}`;
    item.title = `pid ${pid}, thread ${tid}`;
    if (isMain) this.legendEl.prepend(item); else this.legendEl.append(item);
  }

  output(fd, pid, tid, text) {
    const c = fd === 2 ? STDERR : this.colourOf(pid, tid);
    this.write(c ? `\x1b[${c}m${text}\x1b[0m` : text);
  }

  note(text) {
    this.write(`\x1b[2m${text}\x1b[0m`);
  }

  // input(): echo and edit a line locally, hand it over on Enter.
  beginInput() {
    this.inputMode = true;
    this.line = '';
    this.term.focus();
  }

  typed(d) {
    if (d === '\x03') { if (this.onInterrupt) this.onInterrupt(); return; }  // Ctrl-C
    if (!this.inputMode) return;
    for (const ch of d) {
      if (ch === '\r' || ch === '\n') {
        this.term.write('\r\n');
        this.inputMode = false;
        const line = this.line;
        this.line = '';
        if (this.onLine) this.onLine(line + '\n');
        return;
      }
      if (ch === '\x04') {  // Ctrl-D: end of input
        if (this.line === '') { this.inputMode = false; if (this.onEOF) this.onEOF(); return; }
        continue;
      }
      if (ch === '\x7f' || ch === '\b') {
        if (this.line) {
          this.line = [...this.line].slice(0, -1).join('');
          this.term.write('\b \b');
        }
        continue;
      }
      if (ch < ' ' || ch.startsWith('\x1b')) continue;
      this.line += ch;
      this.term.write(ch);
    }
  }

  // The visible text, for tests and copy.
  text() {
    const buf = this.term.buffer.active;
    const lines = [];
    for (let i = 0; i < buf.length; i++) lines.push(buf.getLine(i).translateToString(true));
    return lines.join('\n').replace(/\n+$/, '');
  }
}
