// After a submission: the engine's updated next step and, in its words, why.
import { Link } from 'react-router';
import { Loading, RequestError } from './RequestState.tsx';
import type { Loaded } from './useRequest.ts';
import type { ExerciseCheck, NextResponse, NextStep } from './types.ts';

const WHY: Record<NextStep['why'], string> = {
  'failure-gap': 'Filling a gap',
  diagnose: 'Checking a prerequisite',
  review: 'Time to review',
  new: 'Something new',
  maintain: 'Keeping it fresh',
};

function target(step: NextStep, exerciseId: string): { to: string; text: string } | null {
  const { item } = step;
  if (item.kind === 'exercise') return item.id === exerciseId ? null : { to: `/exercises/${encodeURIComponent(item.id)}`, text: 'Open the next exercise' };
  if (item.kind === 'lesson') return { to: `/topics/${encodeURIComponent(item.topicId)}`, text: 'Read the lesson' };
  // Quiz steps open the topic's quiz at the item the engine chose.
  const quiz = `/topics/${encodeURIComponent(item.topicId)}/quiz?item=${encodeURIComponent(item.id)}`;
  if (item.kind === 'quiz') return { to: quiz, text: 'Answer the question' };
  return { to: `${quiz}&kind=${item.kind}`, text: item.kind === 'review' ? 'Review with a quick check' : 'Take the quick check' };
}

const FOCUS: Record<NextStep['why'], string> = {
  'failure-gap': 'The gap to work on',
  diagnose: 'The prerequisite to check',
  review: 'To review',
  new: 'New concept',
  maintain: 'To keep fresh',
};

/** The concept the step works on, named, with its mastery as text (from the step's evidence). */
function Focus({ next }: { next: NextStep }) {
  const concept = next.evidence?.find((e) => e.kind === 'concept' && e.id === next.conceptId);
  if (!concept || concept.kind !== 'concept') return null;
  return (
    <p className="next-focus">
      {FOCUS[next.why] ?? 'Concept'}: <strong className="next-focus-concept">{concept.title}</strong>{' '}
      <span className="hint">(chance you know it now: {Math.round(Math.max(0, Math.min(1, concept.mastery)) * 100)}%)</span>
    </p>
  );
}

export function NextStepBanner({ state, exerciseId, checks }: { state: Loaded<NextResponse> & { reload: () => void }; exerciseId: string; checks: ExerciseCheck[] }) {
  return (
    <section className="next-step" aria-labelledby="next-step-title">
      <h2 id="next-step-title">Your next step</h2>
      {state.status === 'loading' && <Loading label="Updating your next step…" />}
      {state.status === 'error' && <RequestError error={state.error} what="your next step" onRetry={state.reload} />}
      {state.status === 'ready' && <Step next={state.data.next} exerciseId={exerciseId} checks={checks} />}
    </section>
  );
}

function Step({ next, exerciseId, checks }: { next: NextStep | null; exerciseId: string; checks: ExerciseCheck[] }) {
  if (!next) return <p>Nothing to suggest right now: you are up to date.</p>;
  const link = target(next, exerciseId);
  const check = next.item.checkId ? checks.find((c) => c.id === next.item.checkId) : undefined;
  return (
    <>
      <p className="why-tag">{WHY[next.why] ?? next.why}</p>
      <Focus next={next} />
      <p className="next-reason">{next.reason}</p>
      {link ? (
        <p><Link className="button" to={link.to}>{link.text}</Link></p>
      ) : (
        <p><strong>Keep working on this exercise.</strong>{check && <> Focus on the check “{check.title}”.</>}</p>
      )}
    </>
  );
}
