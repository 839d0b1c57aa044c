// Saving and running, in words: the draft's save status, the busy grader's countdown and
// any reason the checks could not run.
import { useEffect, useState } from 'react';
import type { SaveState } from './useDraft.ts';
import type { RunState } from './useRun.ts';

export function SaveStatus({ save, onRetry }: { save: SaveState; onRetry: () => void }) {
  switch (save.kind) {
    case 'clean':
      return <span className="save-status">{save.savedAt ? 'Saved' : 'Starter code: your changes save automatically'}</span>;
    case 'pending':
      return <span className="save-status">Unsaved changes</span>;
    case 'saving':
      return <span className="save-status">Saving…</span>;
    case 'saved':
      return <span className="save-status"><span aria-hidden="true">✓ </span>Saved</span>;
    case 'error':
      return (
        <span className="save-status save-error" role="alert">
          <span aria-hidden="true">⚠ </span>Not saved: {save.reason}{' '}
          <button type="button" className="link-button" onClick={onRetry}>Save again</button>
        </span>
      );
  }
}

function BusyNotice({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const timer = setInterval(() => setLeft((n) => Math.max(0, n - 1)), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="notice notice-warning" role="alert">
      <p><strong>The grader is busy with other submissions.</strong> Your code is not lost: it is still in the editor.</p>
      <p aria-live="off">{left > 0 ? `Run the checks again in ${left} s.` : 'You can run the checks again now.'}</p>
    </div>
  );
}

export function RunProblem({ state }: { state: RunState }) {
  if (state.kind === 'busy') return <BusyNotice key={state.at} seconds={state.seconds} />;
  if (state.kind !== 'failed') return null;
  const { error } = state;
  const field = error.fieldMessages().code;
  return (
    <div className="notice notice-error" role="alert">
      <p><strong>{error.code === 'SUBMISSION_TOO_LARGE' ? 'Your code was not graded.' : 'The checks could not run.'}</strong> {field ? `The code ${field}.` : error.message}</p>
      <p>{error.code === 'SUBMISSION_TOO_LARGE' ? 'Submit only your solution: remove pasted data or generated code, then run the checks again.' : 'Your code is still in the editor. Try again in a moment.'}</p>
    </div>
  );
}
