// A line diff of expected vs received text (jsdiff), marked with −/+ and words, not colour alone.
import { diffLines } from 'diff';

interface Row {
  kind: 'same' | 'expected' | 'actual';
  text: string;
}

export function diffRows(expected: string, actual: string): Row[] {
  const rows: Row[] = [];
  for (const part of diffLines(expected, actual)) {
    const kind = part.removed ? 'expected' : part.added ? 'actual' : 'same';
    const lines = part.value.replace(/\n$/, '').split('\n');
    for (const text of lines) rows.push({ kind, text });
  }
  return rows;
}

const MARK = { same: '  ', expected: '− ', actual: '+ ' } as const;
const SPOKEN = { same: '', expected: 'expected: ', actual: 'received: ' } as const;

export function DiffView({ expected, actual, label }: { expected: string; actual: string; label: string }) {
  const rows = diffRows(expected, actual);
  return (
    <figure className="diff">
      <figcaption>
        {label} <span className="diff-legend" aria-hidden="true"><span className="diff-key diff-expected">− expected</span> <span className="diff-key diff-actual">+ received</span></span>
      </figcaption>
      <pre tabIndex={0}>
        {rows.map((row, i) => (
          <span key={i} className={`diff-line diff-${row.kind}`}>
            <span aria-hidden="true">{MARK[row.kind]}</span>
            {SPOKEN[row.kind] && <span className="sr-only">{SPOKEN[row.kind]}</span>}
            {row.text}
            {'\n'}
          </span>
        ))}
      </pre>
    </figure>
  );
}
