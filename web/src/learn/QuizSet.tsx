// A topic's quiz items answered one by one; each answer is marked at once and explained.
import { useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { NextStepCard } from './NextStepCard.tsx';
import { QuizItemCard } from './QuizItemCard.tsx';
import type { NextStep, QuizAnswer, QuizAnswerResponse, QuizItem } from './types.ts';

export type AnswerKind = 'topic' | 'review' | 'diagnose';

/** Answers to one quiz share an attempt per kind; the first answer opens it. */
export function useQuizAnswers() {
  const attempts = useRef(new Map<AnswerKind, Promise<string | undefined>>());
  const [next, setNext] = useState<NextStep | null>();

  function submit(itemId: string, answer: QuizAnswer, kind: AnswerKind = 'topic'): Promise<QuizAnswerResponse> {
    const previous = attempts.current.get(kind) ?? Promise.resolve(undefined);
    const sent = previous.then((attemptId) =>
      api<QuizAnswerResponse>('POST', '/api/quiz/answers', { itemId, answer, kind, ...(attemptId ? { attemptId } : {}) }),
    );
    attempts.current.set(kind, sent.then((r) => r.attemptId, () => previous.then((id) => id, () => undefined)));
    return sent.then((r) => {
      setNext(r.next);
      return r;
    });
  }
  return { submit, next };
}

export function QuizSet({ items, focus, focusKind = 'topic', headingLevel = 2, idPrefix = 'quiz' }: {
  items: QuizItem[];
  /** The item the next step pointed at: shown first, answered with `focusKind`. */
  focus?: string;
  focusKind?: AnswerKind;
  headingLevel?: 2 | 3;
  idPrefix?: string;
}) {
  const { submit, next } = useQuizAnswers();
  const [results, setResults] = useState<Record<string, boolean>>({});
  const ordered = focus ? [...items.filter((i) => i.id === focus), ...items.filter((i) => i.id !== focus)] : items;
  const answered = Object.keys(results).length;
  const right = Object.values(results).filter(Boolean).length;

  return (
    <div className="quiz-set">
      <p className="quiz-score" aria-live="polite">
        {answered === 0 ? `${items.length} question${items.length === 1 ? '' : 's'}.` : `${answered} of ${items.length} answered, ${right} right.`}
      </p>
      <ol className="quiz-items">
        {ordered.map((item, i) => (
          <li key={item.id} id={`${idPrefix}-${item.id}`}>
            <QuizItemCard
              item={item}
              headingLevel={headingLevel}
              label={`Question ${i + 1} of ${ordered.length}${item.id === focus ? ' · your next step' : ''}`}
              autoFocus={item.id === focus}
              submit={(answer) => submit(item.id, answer, item.id === focus ? focusKind : 'topic')}
              onAnswered={(r) => setResults((now) => ({ ...now, [item.id]: r.correct }))}
            />
          </li>
        ))}
      </ol>
      {next !== undefined && (answered === items.length || (focus && results[focus] !== undefined)) && (
        <div className="after-quiz">
          <NextStepCard step={next} headingLevel={headingLevel} />
        </div>
      )}
    </div>
  );
}
