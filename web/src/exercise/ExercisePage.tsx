// /exercises/:id — prompt, hints, the editor with its autosaved draft, running the checks,
// the report, the next step after a submission, and the submission history.
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { EditorSlot } from './EditorSlot.tsx';
import { Hints } from './Hints.tsx';
import { History } from './History.tsx';
import { NextStepBanner } from './NextStepBanner.tsx';
import { Prompt } from './Prompt.tsx';
import { Loading, RequestError } from './RequestState.tsx';
import { errorTitle, Results, summaryText } from './Results.tsx';
import { RunProblem, SaveStatus } from './RunFeedback.tsx';
import { useDraft } from './useDraft.ts';
import { useRequest } from './useRequest.ts';
import { useRun } from './useRun.ts';
import type { CodeProblem, EditorHandle, Exercise, NextResponse, SourceLocation, SubmissionSummary } from './types.ts';
import './exercise.css';

export function ExercisePage() {
  const { id = '' } = useParams();
  const loaded = useRequest<{ exercise: Exercise }>(`/api/exercises/${encodeURIComponent(id)}`);
  let content;
  if (loaded.status === 'loading') content = <Loading label="Loading the exercise…" />;
  else if (loaded.status === 'ready') content = <Workspace key={loaded.data.exercise.id} exercise={loaded.data.exercise} />;
  else if (loaded.error.code === 'EXERCISE_NOT_FOUND') {
    content = (
      <section>
        <h1>Exercise not found</h1>
        <p>There is no exercise called “{id}”. It may have been renamed or removed. <Link to="/">Go to your next step</Link>.</p>
      </section>
    );
  } else content = <RequestError error={loaded.error} what="this exercise" onRetry={loaded.reload} />;
  return <div className="exercise">{content}</div>;
}

export default ExercisePage;

function Workspace({ exercise }: { exercise: Exercise }) {
  const draft = useDraft(exercise.id);
  const { change, flush } = draft;
  const edited = useRef<string | null>(null);
  const editor = useRef<EditorHandle>(null);
  const [recent, setRecent] = useState<SubmissionSummary[]>([]);
  const next = useRequest<NextResponse>(recent.length > 0 ? '/api/next' : null, recent.length);
  const { state, result, run } = useRun(exercise.id, (res) => setRecent((list) => [res.submission, ...list]));

  const loadedCode = draft.load.status === 'ready' ? draft.load.data.code : null;
  const onChange = useCallback((value: string) => {
    edited.current = value;
    change(value);
  }, [change]);
  const runChecks = useCallback(() => {
    const code = edited.current ?? loadedCode;
    if (code === null) return;
    void flush();
    void run(code);
  }, [loadedCode, flush, run]);
  const showLine = useCallback((at: SourceLocation) => editor.current?.focusAt(at.line, at.column), []);
  const restore = useCallback((value: string) => {
    editor.current?.setCode(value);
    editor.current?.focusAt(1, 1);
  }, []);

  const report = result?.report;
  const problem = useMemo<CodeProblem | null>(() => {
    const location = report?.error?.location;
    return location ? { line: location.line, column: location.column, message: report!.error!.message } : null;
  }, [report]);
  const running = state.kind === 'running';
  let status = '';
  if (running) status = 'Running the checks…';
  else if (state.kind === 'done' && report) status = report.status === 'error' && report.error ? `Not graded: ${errorTitle(report.error).toLowerCase()}.` : `Checks finished: ${summaryText(report).text}.`;

  return (
    <article aria-labelledby="exercise-title">
      <header className="exercise-header">
        <h1 id="exercise-title">{exercise.title}</h1>
        <p className="exercise-meta">
          <span>Topic: {exercise.topic}</span> <span>Difficulty: {exercise.difficulty} of 5</span> <span>{exercise.checks.length} checks</span>
        </p>
      </header>
      <section aria-label="Task">
        <Prompt markdown={exercise.prompt} />
      </section>
      <Hints exerciseId={exercise.id} hintCount={exercise.hintCount} />

      <section className="workspace" aria-labelledby="editor-label">
        <h2 id="editor-label">Your solution</h2>
        <p id="editor-help" className="hint">
          TypeScript or JavaScript. <kbd>Ctrl</kbd>+<kbd>Enter</kbd> (<kbd>⌘</kbd>+<kbd>Enter</kbd> on a Mac) runs the checks; <kbd>Ctrl</kbd>+<kbd>F</kbd> searches. Tab indents: press <kbd>Esc</kbd> then <kbd>Tab</kbd> to move on.
        </p>
        {draft.load.status === 'loading' && <Loading label="Loading your draft…" />}
        {draft.load.status === 'error' && <RequestError error={draft.load.error} what="your code" onRetry={draft.reload} />}
        {draft.load.status === 'ready' && (
          <EditorSlot initialCode={draft.load.data.code} onChange={onChange} onRun={runChecks} problem={problem} labelledBy="editor-label" describedBy="editor-help" handleRef={editor} />
        )}
        <div className="run-bar">
          <button type="button" className="run-button" onClick={runChecks} disabled={running || loadedCode === null} aria-busy={running}>
            {running ? <><span className="run-spinner" aria-hidden="true" /> Running checks…</> : 'Run checks'}
          </button>
          <SaveStatus save={draft.save} onRetry={() => void flush()} />
        </div>
        <p role="status" className="run-status">{status}</p>
        <RunProblem state={state} />
      </section>

      {recent.length > 0 && <NextStepBanner state={next} exerciseId={exercise.id} checks={exercise.checks} />}

      <section className="results" aria-labelledby="results-title" aria-busy={running}>
        <h2 id="results-title">Results</h2>
        {report ? (
          <Results report={report} onShowLine={showLine} />
        ) : running ? (
          <p className="hint">The checks are running on the server; this usually takes a few seconds.</p>
        ) : (
          <>
            <p className="hint">Run the checks to see which of these pass:</p>
            <ul className="check-preview">{exercise.checks.map((c) => <li key={c.id}>{c.title}</li>)}</ul>
          </>
        )}
      </section>

      <History exerciseId={exercise.id} recent={recent} onRestore={restore} />
    </article>
  );
}
