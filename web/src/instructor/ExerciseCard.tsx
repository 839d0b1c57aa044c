import { useState } from 'react';
import { api, ApiError } from '../api/client.ts';
import { percent, type ExerciseHealth } from './types.ts';

interface PreviewReport {
  status: string;
  summary: { passed: number; total: number };
  checks: { id: string; title: string; passed: boolean; message?: string }[];
}

/** One exercise's figures, with a preview that grades its reference or a wrong solution. */
export function ExerciseCard({ exercise }: { exercise: ExerciseHealth }) {
  const [preview, setPreview] = useState<{ solution: string; report?: PreviewReport; error?: string; running: boolean }>();

  async function run(solution: string) {
    setPreview({ solution, running: true });
    try {
      const { report } = await api<{ report: PreviewReport }>('POST', `/api/instructor/exercises/${exercise.id}/preview`, { solution });
      setPreview({ solution, report, running: false });
    } catch (e) {
      setPreview({ solution, error: e instanceof ApiError ? e.message : 'The preview failed.', running: false });
    }
  }

  return (
    <article className="card" aria-labelledby={`ex-${exercise.id}`}>
      <h3 id={`ex-${exercise.id}`}>{exercise.title} <span className="hint">({exercise.kind}, {exercise.topic})</span></h3>
      <p>
        {exercise.attempts} attempts by {exercise.learners} learners · pass rate {percent(exercise.passRate)} · median attempts to pass{' '}
        {exercise.medianAttemptsToPass ?? 'no data'}
      </p>
      {exercise.attempts > 0 && (
        <details>
          <summary>Checks that fail most, and matching misconceptions</summary>
          <ul>
            {exercise.checks.map((c) => (
              <li key={c.id}>{c.title}: {c.failed} of {c.results} failed ({percent(c.failRate)})</li>
            ))}
          </ul>
          <ul>
            {exercise.misconceptions.map((m) => (
              <li key={m.file}>{m.misconception} — {m.matches} submission(s) fail exactly like <code>wrong/{m.file}</code></li>
            ))}
          </ul>
        </details>
      )}
      <div className="actions" role="group" aria-label={`Preview ${exercise.title}`}>
        <button type="button" onClick={() => void run('reference')} disabled={preview?.running}>Run reference solution</button>{' '}
        {exercise.misconceptions.map((m) => (
          <button key={m.file} type="button" className="secondary" onClick={() => void run(`wrong/${m.file}`)} disabled={preview?.running}>
            Run wrong/{m.file}
          </button>
        ))}
      </div>
      {preview && (
        <div role="status" aria-live="polite">
          {preview.running && <p>Grading {preview.solution}…</p>}
          {preview.error && <p role="alert">{preview.error}</p>}
          {preview.report && (
            <>
              <p>{preview.solution}: {preview.report.status} ({preview.report.summary.passed}/{preview.report.summary.total} checks)</p>
              <ul>
                {preview.report.checks.map((c) => (
                  <li key={c.id}>{c.passed ? '✓ passed' : '✗ failed'}: {c.title}{c.message ? ` — ${c.message}` : ''}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </article>
  );
}
