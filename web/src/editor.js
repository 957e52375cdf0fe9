// editor.js — Monaco with Python highlighting, SyntaxError markers from our
// own compiler (Runner.check -> il_check in web.cpp) and Ctrl/Cmd+Enter.
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import 'monaco-editor/esm/vs/basic-languages/python/python.contribution';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

// Delay between the last keystroke and the syntax check (ms).
const CHECK_DELAY = 300;

export function createEditor(el, { value, theme, onRun, check, compact }) {
  const editor = monaco.editor.create(el, {
    value,
    language: 'python',
    theme: theme === 'dark' ? 'vs-dark' : 'vs',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 13,
    scrollBeyondLastLine: false,
    tabSize: 4,
    insertSpaces: true,
    lineNumbersMinChars: compact ? 2 : 3,
    renderLineHighlight: compact ? 'none' : 'line',
    fixedOverflowWidgets: true,
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onRun());

  let timer = null;
  let seq = 0;
  async function runCheck() {
    const mine = ++seq;
    const model = editor.getModel();
    const result = await check(model.getValue());
    if (mine !== seq || !result) return;
    const markers = [];
    if (!result.ok) {
      const line = Math.max(1, Math.min(result.line || 1, model.getLineCount()));
      const col = Math.max(1, result.col || 1);
      let endLine = result.endLine > 0 ? result.endLine : line;
      let endCol = result.endCol > 0 ? result.endCol : col + 1;
      if (endLine < line || (endLine === line && endCol <= col)) { endLine = line; endCol = col + 1; }
      markers.push({
        severity: monaco.MarkerSeverity.Error,
        message: `${result.type}: ${result.msg}`,
        startLineNumber: line, startColumn: col, endLineNumber: endLine, endColumn: endCol,
      });
    }
    monaco.editor.setModelMarkers(model, 'interleave', markers);
    el.dataset.syntax = result.ok ? 'ok' : `${result.line}:${result.msg}`;
  }
  editor.onDidChangeModelContent(() => {
    clearTimeout(timer);
    timer = setTimeout(runCheck, CHECK_DELAY);
  });
  return {
    editor,
    getValue: () => editor.getValue(),
    setValue: (v) => editor.setValue(v),
    setTheme: (t) => monaco.editor.setTheme(t === 'dark' ? 'vs-dark' : 'vs'),
    check: runCheck,
    markers: () => monaco.editor.getModelMarkers({ owner: 'interleave' }),
  };
}
