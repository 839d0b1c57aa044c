import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext.tsx';
import { FirstVisit, GoalPicker } from '../learn/FirstVisit.tsx';
import { masteryIcon, masteryLabel, topicLevelLabel } from '../learn/mastery.ts';
import { NextStepCard } from '../learn/NextStepCard.tsx';
import { ErrorState, Loading } from '../learn/Status.tsx';
import { useRequest } from '../learn/useRequest.ts';
import type { NextResponse, ProgressResponse, RoadmapResponse } from '../learn/types.ts';

export function Home() {
  const { user } = useAuth();
  if (!user) {
    return (
      <section className="landing">
        <h1>Learn Node.js backends one step at a time</h1>
        <p>Stepwise picks your next step from what you have shown, grades real Express, SQL and auth code on the server, and points you back to the gap when something does not stick.</p>
        <p><Link className="button" to="/signup">Start learning</Link> <Link to="/signin">I have an account</Link></p>
      </section>
    );
  }
  return (
    <section aria-labelledby="home-title" className="home">
      <h1 id="home-title">Welcome, {user.email}</h1>
      <LearnerHome />
    </section>
  );
}

function LearnerHome() {
  const next = useRequest<NextResponse>('/api/next');
  const roadmap = useRequest<RoadmapResponse>('/api/roadmap');
  const [changingGoal, setChangingGoal] = useState(false);

  if (next.status === 'loading') return <Loading label="Finding your next step…" />;
  if (next.status === 'error') return <ErrorState error={next.error} onRetry={next.reload} title="Your next step did not load" />;
  const { data } = next;
  if (data.placement !== 'done') {
    return <FirstVisit goal={data.goal} placementStarted={data.placement === 'running'} onFinished={next.reload} />;
  }
  const goalTitle = data.goal === 'core' ? 'the whole core path' : (roadmap.data?.topics.find((t) => t.id === data.goal)?.title ?? data.goal);
  return (
    <>
      <NextStepCard step={data.next} roadmap={roadmap.data} />
      <p className="goal-line">
        Your goal: <strong>{goalTitle}</strong>.{' '}
        <button type="button" className="link-button" aria-expanded={changingGoal} onClick={() => setChangingGoal((v) => !v)}>
          {changingGoal ? 'Keep this goal' : 'Change goal'}
        </button>
      </p>
      {changingGoal && (
        <GoalPicker initial={data.goal} onChosen={() => {
          setChangingGoal(false);
          next.reload();
        }} />
      )}
      <SomethingElse roadmap={roadmap} />
    </>
  );
}

function SomethingElse({ roadmap }: { roadmap: ReturnType<typeof useRequest<RoadmapResponse>> }) {
  const progress = useRequest<ProgressResponse>('/api/progress');
  return (
    <section aria-labelledby="else-title" className="something-else">
      <h2 id="else-title">Something else</h2>
      <p>
        <Link to="/roadmap">Browse the roadmap</Link> · <Link to="/progress">See your progress</Link>
      </p>
      {roadmap.status === 'loading' || progress.status === 'loading' ? (
        <Loading label="Loading topics…" />
      ) : roadmap.status === 'error' ? (
        <ErrorState error={roadmap.error} onRetry={roadmap.reload} title="The topics did not load" />
      ) : progress.status === 'error' ? (
        <ErrorState error={progress.error} onRetry={progress.reload} title="Your progress did not load" />
      ) : (
        <ul className="topic-cards">
          {(() => {
            const level = new Map(progress.data.topics.map((t) => [t.topicId, t]));
            const order = [...roadmap.data.roadmap.core, ...roadmap.data.roadmap.advanced];
            const topics = order
              .map((id) => roadmap.data.topics.find((t) => t.id === id))
              .filter((t) => t !== undefined)
              .filter((t) => {
                const l = level.get(t.id)?.level ?? 'not-started';
                return l !== 'mastered' && l !== 'proficient';
              })
              .slice(0, 4);
            return topics.map((t) => {
              const l = level.get(t.id)?.level ?? 'not-started';
              return (
                <li key={t.id} className="topic-card">
                  <h3>{t.title}</h3>
                  <p className="hint">
                    {topicLevelLabel[t.level]} · <span className={`mastery mastery-${l}`}><span aria-hidden="true">{masteryIcon[l]} </span>{masteryLabel[l]}</span>
                  </p>
                  <p className="links">
                    <Link to={`/topics/${t.id}`} aria-label={`Lesson: ${t.title}`}>Lesson ({t.lessonMinutes} min)</Link>
                    {t.quizItems > 0 && <Link to={`/topics/${t.id}/quiz`} aria-label={`Quiz: ${t.title}`}>Quiz ({t.quizItems})</Link>}
                    {t.exercises[0] && <Link to={`/exercises/${t.exercises[0].id}`} aria-label={`Exercise: ${t.exercises[0].title}`}>Exercise: {t.exercises[0].title}</Link>}
                  </p>
                </li>
              );
            });
          })()}
        </ul>
      )}
    </section>
  );
}
