import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { ErrorBoundary } from '../learn/ErrorBoundary.tsx';
import { conceptStatusLabel, masteryIcon, masteryLabel, MASTERY_LEVELS, percent } from '../learn/mastery.ts';
import type { Snapshot } from '../learn/snapshots.ts';
import { ErrorState, Loading } from '../learn/Status.tsx';
import { useRequest } from '../learn/useRequest.ts';
import type { ConceptProgress, ProgressResponse, RoadmapResponse } from '../learn/types.ts';

const MasteryBars = lazy(() => import('../learn/ProgressCharts.tsx').then((m) => ({ default: m.MasteryBars })));
const MasteryOverTime = lazy(() => import('../learn/ProgressCharts.tsx').then((m) => ({ default: m.MasteryOverTime })));

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const DAY = 86_400_000;

export function Progress() {
  const progress = useRequest<ProgressResponse>('/api/progress');
  const roadmap = useRequest<RoadmapResponse>('/api/roadmap');
  // Replayed on the server from the learner's event log: one point per active day (UTC).
  const history = useRequest<{ days: Snapshot[]; streak: number }>('/api/progress/history');
  const snapshots = history.data?.days ?? [];

  if (progress.status === 'loading') return <Loading label="Loading your progress…" />;
  if (progress.status === 'error') return <ErrorState error={progress.error} onRetry={progress.reload} title="Your progress did not load" />;
  const { topics } = progress.data;
  const now = Date.now();
  const concepts = topics.flatMap((t) => t.concepts.map((c) => ({ ...c, topicId: t.topicId, topicTitle: t.title })));
  const due = concepts.filter((c) => c.status === 'due' || (c.reviewDueAt !== null && c.reviewDueAt <= now));
  const upcoming = concepts
    .filter((c) => c.reviewDueAt !== null && c.reviewDueAt > now && c.reviewDueAt <= now + 14 * DAY)
    .sort((a, b) => a.reviewDueAt! - b.reviewDueAt!);
  const counts = MASTERY_LEVELS.map((level) => ({ level, n: topics.filter((t) => t.level === level).length }));
  const streak = history.data?.streak ?? 0;
  const touched = topics.filter((t) => t.level !== 'not-started');
  const goalTitle = progress.data.goal === 'core' ? 'The whole core path' : (roadmap.data?.topics.find((t) => t.id === progress.data.goal)?.title ?? progress.data.goal);

  return (
    <section className="progress-page" aria-labelledby="progress-title">
      <h1 id="progress-title">Your progress</h1>
      <dl className="stats">
        <div><dt>Goal</dt><dd>{goalTitle}</dd></div>
        <div><dt>Streak</dt><dd>{streak} day{streak === 1 ? '' : 's'}</dd></div>
        <div><dt>Things done</dt><dd>{progress.data.events}</dd></div>
        <div><dt>Due for review</dt><dd>{due.length}</dd></div>
      </dl>
      <p className="hint">Streak: days in a row with new activity, as seen from this device.</p>
      <ul className="level-counts" aria-label="Topics per mastery level">
        {counts.map(({ level, n }) => (
          <li key={level} className={`mastery mastery-${level}`}><span aria-hidden="true">{masteryIcon[level]} </span>{masteryLabel[level]}: {n}</li>
        ))}
      </ul>

      <section aria-labelledby="review-title">
        <h2 id="review-title">Due for review</h2>
        {due.length === 0 ? <p>Nothing is due right now.</p> : <ConceptList concepts={due} />}
        {upcoming.length > 0 && (
          <>
            <h3>Coming up in the next two weeks</h3>
            <ConceptList concepts={upcoming} showDate />
          </>
        )}
      </section>

      <section aria-labelledby="chart-title">
        <h2 id="chart-title">Mastery per topic</h2>
        <p className="hint">Mean mastery of each topic's concepts now. The table below has the same numbers.</p>
        <ErrorBoundary>
          <Suspense fallback={<Loading label="Drawing the chart…" />}>
            <figure aria-label="Bar chart of mastery per topic" className="chart-figure">
              <MasteryBars topics={topics} />
            </figure>
          </Suspense>
        </ErrorBoundary>
        <h3>Over time</h3>
        {snapshots.length < 2 ? (
          <p>{history.status === 'loading' ? 'Loading your history…' : 'The chart of mastery over time fills in as you practise on more days (one point per day you were active).'}</p>
        ) : (
          <ErrorBoundary>
            <Suspense fallback={<Loading label="Drawing the chart…" />}>
              <figure aria-label="Line chart of mastery over time" className="chart-figure">
                <MasteryOverTime snapshots={snapshots} topics={touched.map((t) => ({ id: t.topicId, title: t.title }))} />
              </figure>
            </Suspense>
          </ErrorBoundary>
        )}
      </section>

      <section aria-labelledby="table-title">
        <h2 id="table-title">Topics and concepts</h2>
        {topics.map((t) => (
          <details key={t.topicId} className="topic-progress">
            <summary>
              <span className="topic-progress-title">{t.title}</span>{' '}
              <span className={`mastery mastery-${t.level}`}><span aria-hidden="true">{masteryIcon[t.level]} </span>{masteryLabel[t.level]}</span>{' '}
              <span className="hint">mean {percent(t.mean)}</span>
            </summary>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={`${t.title} concepts`}>
              <table>
                <caption className="visually-hidden">Concepts of {t.title}</caption>
                <thead>
                  <tr><th scope="col">Concept</th><th scope="col">Status</th><th scope="col">Mastery</th><th scope="col">Right / tries</th><th scope="col">Review due</th></tr>
                </thead>
                <tbody>
                  {t.concepts.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{c.title}</th>
                      <td>{conceptStatusLabel[c.status]}</td>
                      <td>
                        <meter min={0} max={1} value={c.mastery} aria-hidden="true" /> {percent(c.mastery)}
                      </td>
                      <td>{c.passes} / {c.attempts}</td>
                      <td>{c.reviewDueAt ? dateFormat.format(new Date(c.reviewDueAt)) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p><Link to={`/topics/${t.topicId}`}>Lesson</Link> · <Link to={`/topics/${t.topicId}/quiz`}>Quiz</Link></p>
          </details>
        ))}
      </section>
    </section>
  );
}

function ConceptList({ concepts, showDate }: { concepts: (ConceptProgress & { topicId: string; topicTitle: string })[]; showDate?: boolean }) {
  return (
    <ul className="review-list">
      {concepts.map((c) => (
        <li key={c.id}>
          <strong>{c.title}</strong> <span className="hint">({c.topicTitle}, recall {percent(c.recall)}{showDate && c.reviewDueAt ? `, due ${dateFormat.format(new Date(c.reviewDueAt))}` : ''})</span>{' '}
          <Link to={`/topics/${c.topicId}/quiz`} aria-label={`Review ${c.title}`}>Review</Link>
        </li>
      ))}
    </ul>
  );
}
