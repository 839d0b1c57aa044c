// One check: verdict as an icon and a word, its title, the learner-facing message, and what
// was sent and received.
import { DiffView } from './DiffView.tsx';
import { HttpDiff } from './HttpDiff.tsx';
import { comparisonOf } from './format.ts';
import type { CheckResult as Check } from './types.ts';

export function verdictOf(check: Check): { key: 'pass' | 'fail' | 'skip'; icon: string; text: string } {
  if (check.passed) return { key: 'pass', icon: '✓', text: 'Passed' };
  if (check.kind === 'not-run') return { key: 'skip', icon: '–', text: 'Not run' };
  return { key: 'fail', icon: '✗', text: 'Failed' };
}

export function CheckResult({ check }: { check: Check }) {
  const verdict = verdictOf(check);
  const comparison = check.http?.length ? null : comparisonOf(check);
  return (
    <li className={`check check-${verdict.key}`}>
      <h3 className="check-title">
        <span className="check-verdict">
          <span className="verdict-icon" aria-hidden="true">{verdict.icon}</span> {verdict.text}:
        </span>{' '}
        {check.title}
      </h3>
      {check.message && <p className="check-message">{check.message}</p>}
      {check.http?.length ? <HttpDiff check={check} /> : null}
      {comparison && <DiffView label="Expected vs received" expected={comparison.expected} actual={comparison.actual} />}
    </li>
  );
}
