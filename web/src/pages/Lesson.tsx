import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client.ts';
import { ErrorBoundary } from '../learn/ErrorBoundary.tsx';
import { topicLevelLabel } from '../learn/mastery.ts';
import { QuizSet } from '../learn/QuizSet.tsx';
import { ErrorState, Loading } from '../learn/Status.tsx';
import { useRequest } from '../learn/useRequest.ts';
import type { TopicResponse } from '../learn/types.ts';
import { NotFound } from './NotFound.tsx';

const Markdown = lazy(() => import('../learn/Markdown.tsx'));

/** The lesson heading is the page's h1, so drop a leading "# …" from the Markdown. */
const withoutTitle = (markdown: string) => markdown.replace(/^\s*# [^\n]*\n/, '');

export function Lesson() {
  const { id = '' } = useParams();
  const topic = useRequest<TopicResponse>(`/api/topics/${encodeURIComponent(id)}`);
  const [recorded, setRecorded] = useState<'idle' | 'ok' | 'failed'>('idle');
  const [attempt, setAttempt] = useState(0);
  const loaded = topic.status === 'ok';

  useEffect(() => {
    if (!loaded) return;
    let cancelled = false;
    api('POST', `/api/topics/${encodeURIComponent(id)}/lesson-viewed`).then(
      () => !cancelled && setRecorded('ok'),
      () => !cancelled && setRecorded('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, [loaded, id, attempt]);

  if (topic.status === 'loading') return <Loading label="Loading the lesson…" />;
  if (topic.status === 'error') {
    if (topic.error.status === 404) return <NotFound what="topic" />;
    return <ErrorState error={topic.error} onRetry={topic.reload} title="The lesson did not load" />;
  }
  const { topic: t, lesson, quiz } = topic.data;
  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <nav aria-label="Breadcrumb" className="breadcrumb"><Link to="/roadmap">Roadmap</Link> › {t.title}</nav>
      <h1 id="lesson-title">{lesson.title}</h1>
      <p className="hint">
        <span className="tag">{topicLevelLabel[t.level]}</span> · about {lesson.minutes} minutes
        {quiz.length > 0 && <> · <a href="#quick-check">Jump to the quick check</a></>}
      </p>
      {recorded === 'failed' && (
        <p role="alert" className="form-error">
          We could not record that you opened this lesson.{' '}
          <button type="button" className="link-button" onClick={() => setAttempt((n) => n + 1)}>Try again</button>
        </p>
      )}
      <ErrorBoundary>
        <Suspense fallback={<Loading label="Formatting the lesson…" />}>
          <Markdown>{withoutTitle(lesson.markdown)}</Markdown>
        </Suspense>
      </ErrorBoundary>
      {quiz.length > 0 && (
        <section id="quick-check" aria-labelledby="quick-check-title" className="quick-check">
          <h2 id="quick-check-title">Quick check</h2>
          <QuizSet items={quiz} headingLevel={3} idPrefix="check" />
        </section>
      )}
    </article>
  );
}
