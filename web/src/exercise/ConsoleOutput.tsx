// What the learner's code printed, stream by stream, marked when the grader cut it short.
import { useId } from 'react';
import type { GradeReport } from './types.ts';

export function ConsoleOutput({ console: output }: { console: GradeReport['console'] }) {
  const titleId = useId();
  return (
    <section className="console-output" aria-labelledby={titleId}>
      <h3 id={titleId}>Console output</h3>
      {output.lines.length === 0 ? (
        <p className="hint">Your code printed nothing.</p>
      ) : (
        <pre className="console" tabIndex={0}>
          {output.lines.map((line, i) => (
            <span key={i} className={`console-line console-${line.stream}`}>
              <span className="console-stream">{line.stream === 'err' ? 'stderr' : 'stdout'}</span> {line.text}
              {'\n'}
            </span>
          ))}
        </pre>
      )}
      {output.truncated && <p className="notice">Output truncated: your code printed more than the grader keeps, so only the first lines are shown.</p>}
    </section>
  );
}
