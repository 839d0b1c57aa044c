import { Link, useParams, useSearchParams } from 'react-router';
import { QuizSet, type AnswerKind } from '../learn/QuizSet.tsx';
import { ErrorState, Loading } from '../learn/Status.tsx';
import { useRequest } from '../learn/useRequest.ts';
import type { TopicResponse } from '../learn/types.ts';
import { NotFound } from './NotFound.tsx';

const kinds: AnswerKind[] = ['topic', 'review', 'diagnose'];

export function Quiz() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const topic = useRequest<TopicResponse>(`/api/topics/${encodeURIComponent(id)}`);
  const focus = params.get('item') ?? undefined;
  const kindParam = params.get('kind') as AnswerKind | null;
  const focusKind = kindParam && kinds.includes(kindParam) ? kindParam : 'topic';

  if (topic.status === 'loading') return <Loading label="Loading the quiz…" />;
  if (topic.status === 'error') {
    if (topic.error.status === 404) return <NotFound what="topic" />;
    return <ErrorState error={topic.error} onRetry={topic.reload} title="The quiz did not load" />;
  }
  const { topic: t, quiz } = topic.data;
  const focused = focus && quiz.some((q) => q.id === focus) ? focus : undefined;
  return (
    <section className="quiz-page" aria-labelledby="quiz-title">
      <nav aria-label="Breadcrumb" className="breadcrumb"><Link to="/roadmap">Roadmap</Link> › <Link to={`/topics/${t.id}`}>{t.title}</Link> › Quiz</nav>
      <h1 id="quiz-title">Quiz: {t.title}</h1>
      {focus && !focused && <p role="status" className="hint">That question is no longer in this quiz; here are the others.</p>}
      {quiz.length === 0 ? (
        <p>This topic has no quiz questions yet. <Link to={`/topics/${t.id}`}>Read the lesson</Link>.</p>
      ) : (
        <QuizSet items={quiz} focus={focused} focusKind={focusKind} />
      )}
    </section>
  );
}
