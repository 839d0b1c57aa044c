// A grading report: the overall verdict, why nothing ran (with the line to look at), each
// check, and the console output.
import { CheckResult } from './CheckResult.tsx';
import { ConsoleOutput } from './ConsoleOutput.tsx';
import type { GradeReport, ReportError, SourceLocation } from './types.ts';

const ERROR_TITLES: Record<string, string> = {
  'compile-error': 'Your code did not compile',
  'load-error': 'Your code threw an error while it was loading',
  'missing-export': 'Something the checks need is not exported',
  'module-not-available': 'Your code imports a module that is not available here',
  'too-large': 'Your code is too large to grade',
  'time-limit': 'Time limit reached',
  'memory-limit': 'Memory limit reached',
  'unhandled-rejection': 'A promise was rejected and nothing caught it',
  'uncaught-exception': 'An error was thrown where nothing could catch it',
  'no-checks': 'No checks could run',
  internal: 'The grader had a problem on our side',
};

export function summaryText(report: Pick<GradeReport, 'status' | 'summary'>): { icon: string; text: string } {
  const { passed, total } = report.summary;
  if (report.status === 'pass') return { icon: '✓', text: `All ${total} checks passed` };
  if (report.status === 'error') return { icon: '⚠', text: 'Not graded' };
  return { icon: '✗', text: `${passed} of ${total} checks passed` };
}

export const errorTitle = (error: ReportError) => ERROR_TITLES[error.kind] ?? 'Your code could not be graded';

function ErrorNotice({ error, onShowLine }: { error: ReportError; onShowLine?: (location: SourceLocation) => void }) {
  const { location } = error;
  return (
    <div className="notice notice-error grade-error">
      <h3><span aria-hidden="true">⚠ </span>{errorTitle(error)}</h3>
      <p>{error.message}</p>
      {location && (
        <p>
          At line {location.line}, column {location.column} of your code.{' '}
          {onShowLine && <button type="button" className="secondary" onClick={() => onShowLine(location)}>Show line {location.line} in the editor</button>}
        </p>
      )}
    </div>
  );
}

export function Results({ report, onShowLine }: { report: GradeReport; onShowLine?: (location: SourceLocation) => void }) {
  const summary = summaryText(report);
  const ran = report.checks.filter((check) => check.kind !== 'not-run');
  const skipped = report.checks.filter((check) => check.kind === 'not-run');
  return (
    <div className={`report report-${report.status}`}>
      <p className="report-summary">
        <span aria-hidden="true">{summary.icon} </span>
        <strong>{summary.text}</strong>
        {report.status !== 'error' && report.summary.failed > 0 && ` (${report.summary.failed} failed)`}
      </p>
      {report.error && <ErrorNotice error={report.error} onShowLine={onShowLine} />}
      {ran.length > 0 && (
        <ol className="checks" aria-label="Checks">
          {ran.map((check) => <CheckResult key={check.id} check={check} />)}
        </ol>
      )}
      {skipped.length > 0 && (
        <details className="not-run">
          <summary><span aria-hidden="true">– </span>Not run: {skipped.length === report.checks.length ? `none of the ${skipped.length} checks ran` : `${skipped.length} more checks`}, because grading stopped early</summary>
          <ul>{skipped.map((check) => <li key={check.id}>{check.title}</li>)}</ul>
        </details>
      )}
      <ConsoleOutput console={report.console} />
    </div>
  );
}
