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
  return { to: `/topics/${encodeURIComponent(item.topicId)}`, text: item.kind === 'review' ? 'Review with a quick check' : 'Take the quick check' };
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
      <p>{next.reason}</p>
      {link ? (
        <p><Link className="button" to={link.to}>{link.text}</Link></p>
      ) : (
        <p><strong>Keep working on this exercise.</strong>{check && <> Focus on the check “{check.title}”.</>}</p>
      )}
    </>
  );
}
