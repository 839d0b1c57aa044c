// First visit: choose a goal, then take the placement quick-check or skip it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type ApiError } from '../api/client.ts';
import { topicLevelLabel } from './mastery.ts';
import { Placement } from './Placement.tsx';
import { ErrorState, Loading } from './Status.tsx';
import { asApiError, useRequest } from './useRequest.ts';
import type { PlacementStart, RoadmapResponse } from './types.ts';

type Step = 'goal' | 'intro' | 'placement';

export function FirstVisit({ goal, placementStarted, onFinished }: { goal: string; placementStarted: boolean; onFinished: () => void }) {
  // A quick check that was running before a reload is continued, not offered again.
  const [step, setStep] = useState<Step>(placementStarted ? 'placement' : 'goal');
  return (
    <div className="first-visit">
      <ol className="stepper" aria-label="Getting started">
        <li aria-current={step === 'goal' ? 'step' : undefined}>1. Choose a goal</li>
        <li aria-current={step !== 'goal' ? 'step' : undefined}>2. Quick check</li>
        <li>3. Your next step</li>
      </ol>
      {step === 'goal' && <GoalPicker initial={goal} onChosen={() => setStep('intro')} />}
      {step === 'intro' && <PlacementIntro onStart={() => setStep('placement')} onSkipped={onFinished} onChangeGoal={() => setStep('goal')} />}
      {step === 'placement' && <Placement onFinished={onFinished} resume={placementStarted} />}
    </div>
  );
}

export function GoalPicker({ initial, onChosen }: { initial: string; onChosen: (goal: string) => void }) {
  const roadmap = useRequest<RoadmapResponse>('/api/roadmap');
  const [goal, setGoal] = useState(initial || 'core');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api('POST', '/api/goal', { goal });
      onChosen(goal);
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  }

  if (roadmap.status === 'loading') return <Loading label="Loading the roadmap…" />;
  if (roadmap.status === 'error') return <ErrorState error={roadmap.error} onRetry={roadmap.reload} />;
  const byId = new Map(roadmap.data.topics.map((t) => [t.id, t]));
  const groups = [
    { level: 'core' as const, ids: roadmap.data.roadmap.core },
    { level: 'advanced' as const, ids: roadmap.data.roadmap.advanced },
  ];
  return (
    <section aria-labelledby="goal-title">
      <h2 id="goal-title">What do you want to learn?</h2>
      <form onSubmit={submit} className="goal-form">
        <fieldset>
          <legend>Your goal</legend>
          <div className="goal-option goal-core">
            <input type="radio" id="goal-core" name="goal" value="core" checked={goal === 'core'} onChange={() => setGoal('core')} />
            <label htmlFor="goal-core"><strong>The whole core path</strong> <span className="hint">— {roadmap.data.roadmap.title}, start to finish</span></label>
          </div>
          {groups.map((group) => (
            <div key={group.level} className="goal-group">
              <p className="goal-group-title" aria-hidden="true">Or one {topicLevelLabel[group.level].toLowerCase()} topic</p>
              {group.ids.map((id) => {
                const topic = byId.get(id);
                if (!topic) return null;
                return (
                  <div key={id} className="goal-option">
                    <input type="radio" id={`goal-${id}`} name="goal" value={id} checked={goal === id} onChange={() => setGoal(id)} />
                    <label htmlFor={`goal-${id}`}>{topic.title} <span className="tag">{topicLevelLabel[topic.level]}</span></label>
                  </div>
                );
              })}
            </div>
          ))}
        </fieldset>
        {error && <p role="alert" className="form-error">{error.message}</p>}
        <button type="submit" disabled={busy} aria-busy={busy}>{busy ? 'Saving…' : 'Continue'}</button>
      </form>
    </section>
  );
}

function PlacementIntro({ onStart, onSkipped, onChangeGoal }: { onStart: () => void; onSkipped: () => void; onChangeGoal: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function skip() {
    setBusy(true);
    setError(undefined);
    try {
      // Skipping is recorded on a placement attempt, so open one and close it at once.
      const start = await api<PlacementStart>('POST', '/api/placement');
      if (!start.done) await api('POST', `/api/placement/${encodeURIComponent(start.attemptId)}/skip`);
      onSkipped();
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="intro-title">
      <h2 id="intro-title" ref={heading} tabIndex={-1}>Take the quick check?</h2>
      <p>A handful of questions (usually under five minutes) lets us skip what you already know. You can stop at any time.</p>
      <div className="actions">
        <button type="button" onClick={onStart} disabled={busy}>Take the quick check</button>
        <button type="button" className="secondary" onClick={() => void skip()} disabled={busy} aria-busy={busy}>{busy ? 'Skipping…' : 'Skip it, start from the beginning'}</button>
        <button type="button" className="link-button" onClick={onChangeGoal} disabled={busy}>Change my goal</button>
      </div>
      {error && <ErrorState error={error} title="Skipping did not work" />}
    </section>
  );
}
