// The learner's submissions for this exercise, newest first; any one opens its full report.
import { useState } from 'react';
import { Results, summaryText } from './Results.tsx';
import { Loading, RequestError } from './RequestState.tsx';
import { useRequest } from './useRequest.ts';
import type { StoredSubmission, SubmissionSummary } from './types.ts';

interface Props {
  exerciseId: string;
  /** Submissions made on this page since it loaded, newest first. */
  recent: SubmissionSummary[];
  onRestore: (code: string) => void;
}

export function History({ exerciseId, recent, onRestore }: Props) {
  const list = useRequest<{ submissions: SubmissionSummary[] }>(`/api/exercises/${encodeURIComponent(exerciseId)}/submissions`);
  const [open, setOpen] = useState<string | null>(null);
  const loaded = list.status === 'ready' ? list.data.submissions : [];
  const items = [...recent, ...loaded.filter((s) => !recent.some((r) => r.id === s.id))];

  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">Your submissions</h2>
      {list.status === 'loading' && recent.length === 0 && <Loading label="Loading your submissions…" />}
      {list.status === 'error' && <RequestError error={list.error} what="your submissions" onRetry={list.reload} />}
      {list.status !== 'loading' && items.length === 0 && list.status !== 'error' && <p className="hint">No submissions yet. Run the checks to make your first one.</p>}
      {items.length > 0 && (
        <ol className="history-list">
          {items.map((s) => (
            <HistoryItem key={s.id} summary={s} open={open === s.id} onToggle={() => setOpen(open === s.id ? null : s.id)} onRestore={onRestore} />
          ))}
        </ol>
      )}
    </section>
  );
}

function HistoryItem({ summary, open, onToggle, onRestore }: { summary: SubmissionSummary; open: boolean; onToggle: () => void; onRestore: (code: string) => void }) {
  const verdict = summaryText(summary.status === 'error' ? { status: 'error', summary: { ...summary, failed: 0 } } : { status: summary.status, summary: { ...summary, failed: summary.total - summary.passed } });
  const when = new Date(summary.createdAt);
  const panelId = `submission-${summary.id}`;
  return (
    <li className={`history-item history-${summary.status}`}>
      <div className="history-row">
        <span><span aria-hidden="true">{verdict.icon} </span>{verdict.text}</span>
        <time dateTime={summary.createdAt}>{when.toLocaleString()}</time>
        <button type="button" className="secondary" aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
          {open ? 'Hide report' : 'Open report'}<span className="sr-only"> from {when.toLocaleString()}</span>
        </button>
      </div>
      {open && (
        <div id={panelId} className="history-report">
          <StoredReport id={summary.id} onRestore={onRestore} />
        </div>
      )}
    </li>
  );
}

function StoredReport({ id, onRestore }: { id: string; onRestore: (code: string) => void }) {
  const stored = useRequest<StoredSubmission>(`/api/submissions/${encodeURIComponent(id)}`);
  if (stored.status === 'loading') return <Loading label="Loading the report…" />;
  if (stored.status === 'error') return <RequestError error={stored.error} what="this report" onRetry={stored.reload} />;
  const { code, report } = stored.data;
  return (
    <>
      <details className="submitted-code">
        <summary>The code you submitted</summary>
        <pre tabIndex={0}>{code}</pre>
        <button type="button" className="secondary" onClick={() => onRestore(code)}>Put this code back in the editor</button>
      </details>
      <Results report={report} />
    </>
  );
}
