// A plain textarea with the editor's contract: the fallback when the CodeMirror chunk cannot
// load, so the learner can still write and run code.
import { useImperativeHandle, useRef, type KeyboardEvent } from 'react';
import type { EditorProps } from './types.ts';

export function PlainEditor({ initialCode, onChange, onRun, labelledBy, describedBy, handleRef }: EditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(handleRef, () => ({
    setCode: (code) => {
      if (!area.current) return;
      area.current.value = code;
      onChange(code);
    },
    focusAt: (line, column) => {
      const el = area.current;
      if (!el) return;
      const lines = el.value.split('\n');
      const before = lines.slice(0, Math.max(0, line - 1)).reduce((n, l) => n + l.length + 1, 0);
      const pos = Math.min(el.value.length, before + Math.max(0, column - 1));
      el.focus();
      el.setSelectionRange(pos, pos);
    },
  }), [onChange]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onRun();
    }
  };

  return (
    <textarea
      ref={area}
      className="plain-editor"
      defaultValue={initialCode}
      spellCheck={false}
      rows={18}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}
