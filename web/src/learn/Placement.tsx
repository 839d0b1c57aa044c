// The placement quick-check: a few questions until the engine is confident, or skipped.
// After a reload it continues the open attempt (same question, same count) instead of restarting.
import { useEffect, useRef, useState } from 'react';
import { api, type ApiError } from '../api/client.ts';
import { ErrorState, Loading } from './Status.tsx';
import { QuizItemCard } from './QuizItemCard.tsx';
import { asApiError } from './useRequest.ts';
import type { PlacementAnswerResponse, PlacementStart, QuizAnswer, QuizItem } from './types.ts';

type Phase =
  | { name: 'starting' }
  | { name: 'asking'; item: QuizItem; asked: number; answered?: PlacementAnswerResponse; resumed?: boolean }
  | { name: 'done' }
  | { name: 'error'; error: ApiError; retry: () => void };

/** The open attempt when `resume` (a quick check was running before the reload), else a new one; the server resumes an open one either way. */
async function begin(resume: boolean): Promise<PlacementStart> {
  if (resume) {
    const { placement } = await api<{ placement: PlacementStart | null }>('GET', '/api/placement');
    if (placement && !placement.done && placement.item) return { ...placement, resumed: true };
  }
  return api<PlacementStart>('POST', '/api/placement');
}

export function Placement({ onFinished, resume = false }: { onFinished: () => void; resume?: boolean }) {
  const [attemptId, setAttemptId] = useState<string>();
  const [phase, setPhase] = useState<Phase>({ name: 'starting' });
  const [skipping, setSkipping] = useState(false);
  const [skipError, setSkipError] = useState<ApiError>();
  const [generation, setGeneration] = useState(0);
  const nextButton = useRef<HTMLButtonElement>(null);
  // One attempt per start, even when React mounts the effect twice (StrictMode in dev).
  const started = useRef<{ generation: number; request: Promise<PlacementStart> }>(undefined);

  useEffect(() => {
    let cancelled = false;
    if (started.current?.generation !== generation) started.current = { generation, request: begin(resume) };
    started.current.request.then(
      (start) => {
        if (cancelled) return;
        setAttemptId(start.attemptId);
        setPhase(start.done || !start.item ? { name: 'done' } : { name: 'asking', item: start.item, asked: start.asked, resumed: Boolean(start.resumed) && start.asked > 0 });
      },
      (caught: unknown) => !cancelled && setPhase({ name: 'error', error: asApiError(caught), retry: () => setGeneration((g) => g + 1) }),
    );
    return () => {
      cancelled = true;
    };
  }, [generation, resume]);

  useEffect(() => {
    if (phase.name === 'asking' && phase.answered) nextButton.current?.focus({ preventScroll: true });
  }, [phase]);

  async function answer(itemId: string, given: QuizAnswer) {
    const marked = await api<PlacementAnswerResponse>('POST', `/api/placement/${encodeURIComponent(attemptId!)}/answers`, { itemId, answer: given });
    setPhase((now) => (now.name === 'asking' ? { ...now, answered: marked } : now));
    return marked;
  }

  function advance() {
    if (phase.name !== 'asking' || !phase.answered) return;
    const { answered } = phase;
    setPhase(answered.done || !answered.item ? { name: 'done' } : { name: 'asking', item: answered.item, asked: answered.asked });
  }

  async function skip() {
    setSkipping(true);
    setSkipError(undefined);
    try {
      if (attemptId) await api('POST', `/api/placement/${encodeURIComponent(attemptId)}/skip`);
      onFinished();
    } catch (caught) {
      setSkipError(asApiError(caught));
      setSkipping(false);
    }
  }

  if (phase.name === 'starting') return <Loading label="Preparing your quick check…" />;
  if (phase.name === 'error') return <ErrorState error={phase.error} onRetry={phase.retry} title="The quick check did not start" />;
  if (phase.name === 'done') {
    return (
      <section className="placement-done" aria-labelledby="placement-done-title">
        <h2 id="placement-done-title">Quick check done</h2>
        <p>Thanks — that is enough to place you on the roadmap.</p>
        <button type="button" onClick={onFinished} autoFocus>See your next step</button>
      </section>
    );
  }

  const { item, asked, answered, resumed } = phase;
  const number = answered ? answered.asked : asked + 1;
  return (
    <section className="placement" aria-labelledby="placement-title">
      <h2 id="placement-title">Quick check</h2>
      <p className="hint">A few questions so we can skip what you already know. It stops as soon as we are confident.</p>
      {resumed && (
        <p className="notice placement-resumed">
          Welcome back: you have answered {asked} question{asked === 1 ? '' : 's'} so far. Carry on where you left off.
        </p>
      )}
      <QuizItemCard key={item.id} item={item} label={`Question ${number}`} headingLevel={3} autoFocus submit={(given) => answer(item.id, given)} />
      <div className="actions">
        {answered && (
          <button ref={nextButton} type="button" onClick={advance}>{answered.done ? 'Finish the quick check' : 'Next question'}</button>
        )}
        <button type="button" className="secondary" onClick={() => void skip()} disabled={skipping} aria-busy={skipping}>
          {skipping ? 'Skipping…' : 'Skip the rest'}
        </button>
      </div>
      {skipError && <ErrorState error={skipError} title="Skipping did not work" />}
    </section>
  );
}
