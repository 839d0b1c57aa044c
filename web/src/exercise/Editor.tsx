// The real code editor: CodeMirror 6 with TypeScript highlighting, bracket matching, search
// and the default keymaps. Loaded lazily (see EditorSlot) so it stays out of the first screen.
// The setup is spelled out from the @codemirror/* packages: the `codemirror` package installed
// here is 6.65.7, which is CodeMirror 5 code, not the CodeMirror 6 `basicSetup` bundle.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, defaultHighlightStyle, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState, Prec, type Extension, type Text } from '@codemirror/state';
import {
  drawSelection, dropCursor, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers,
} from '@codemirror/view';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { CodeProblem, EditorProps } from './types.ts';

const theme = EditorView.theme({
  '&': { fontSize: '0.95rem', border: '1px solid #888', borderRadius: '4px', background: '#fff' },
  '&.cm-focused': { outline: '3px solid #2457d6', outlineOffset: '2px' },
  '.cm-scroller': { minHeight: '16rem', maxHeight: '70vh', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
  '.cm-content': { minHeight: '16rem' },
});

const setup: Extension = [
  lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(), foldGutter(), drawSelection(), dropCursor(),
  EditorState.allowMultipleSelections.of(true), indentOnInput(), syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  bracketMatching(), highlightActiveLine(), highlightSelectionMatches(),
  keymap.of([...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...lintKeymap, indentWithTab]),
];

/** A report location (1-based line and column) as a CodeMirror position, clamped to the doc. */
export function positionOf(doc: Text, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return l.from + Math.min(Math.max(0, column - 1), l.length);
}

function diagnosticOf(doc: Text, problem: CodeProblem): Diagnostic {
  const from = positionOf(doc, problem.line, problem.column);
  const to = Math.max(from, doc.lineAt(from).to);
  return { from, to, severity: 'error', message: problem.message, source: 'grader' };
}

export default function Editor({ initialCode, onChange, onRun, problem, labelledBy, describedBy, handleRef }: EditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onRun });
  useLayoutEffect(() => {
    callbacks.current = { onChange, onRun };
  });

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initialCode,
        extensions: [
          // Above the default keymap, where Mod-Enter would insert a blank line.
          Prec.highest(keymap.of([{ key: 'Mod-Enter', preventDefault: true, run: () => (callbacks.current.onRun(), true) }])),
          setup,
          javascript({ typescript: true }),
          lintGutter(),
          theme,
          EditorView.contentAttributes.of({ 'aria-labelledby': labelledBy, ...(describedBy ? { 'aria-describedby': describedBy } : {}) }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The document belongs to CodeMirror after mount; setCode replaces it.
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    editor.dispatch(setDiagnostics(editor.state, problem ? [diagnosticOf(editor.state.doc, problem)] : []));
  }, [problem]);

  useImperativeHandle(handleRef, () => ({
    setCode: (code) => {
      const editor = view.current;
      if (editor) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: code } });
    },
    focusAt: (line, column) => {
      const editor = view.current;
      if (!editor) return;
      editor.dispatch({ selection: { anchor: positionOf(editor.state.doc, line, column) }, scrollIntoView: true });
      editor.focus();
    },
  }), []);

  return <div ref={host} className="code-editor" data-testid="code-editor" />;
}
