// The home card: what to do next and the engine's reason for it.
import { Link } from 'react-router';
import type { NextStep, RoadmapResponse, StepItem } from './types.ts';

const kindLabel: Record<StepItem['kind'], string> = {
  exercise: 'Exercise',
  lesson: 'Lesson',
  quiz: 'Quiz question',
  review: 'Review',
  diagnose: 'Quick check',
};

const action: Record<StepItem['kind'], string> = {
  exercise: 'Start the exercise',
  lesson: 'Read the lesson',
  quiz: 'Answer the question',
  review: 'Review now',
  diagnose: 'Take the quick check',
};

/** Where a step is done: exercises on their page, lessons on the topic, quiz items on the topic's quiz. */
export function stepHref(item: StepItem): string {
  switch (item.kind) {
    case 'exercise':
      return `/exercises/${encodeURIComponent(item.id)}`;
    case 'lesson':
      return `/topics/${encodeURIComponent(item.topicId)}`;
    case 'quiz':
      return `/topics/${encodeURIComponent(item.topicId)}/quiz?item=${encodeURIComponent(item.id)}`;
    case 'review':
    case 'diagnose':
      return `/topics/${encodeURIComponent(item.topicId)}/quiz?item=${encodeURIComponent(item.id)}&kind=${item.kind}`;
  }
}

/** A readable name for the step, from the roadmap when it has loaded. */
export function stepTitle(item: StepItem, roadmap?: RoadmapResponse): { title: string; topic: string } {
  const topic = roadmap?.topics.find((t) => t.id === item.topicId);
  const topicTitle = topic?.title ?? item.topicId;
  if (item.kind === 'exercise') return { title: topic?.exercises.find((e) => e.id === item.id)?.title ?? item.id, topic: topicTitle };
  if (item.kind === 'lesson') return { title: topicTitle, topic: topicTitle };
  return { title: `A question on ${topicTitle}`, topic: topicTitle };
}

export function NextStepCard({ step, roadmap, headingLevel = 2 }: { step: NextStep | null; roadmap?: RoadmapResponse; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (!step) {
    return (
      <section className="next-card" aria-labelledby="next-card-title">
        <Heading id="next-card-title">Your next step</Heading>
        <p>Nothing is waiting on your goal right now: you have covered it. Choose another topic from the <Link to="/roadmap">roadmap</Link>.</p>
      </section>
    );
  }
  const { item } = step;
  const { title, topic } = stepTitle(item, roadmap);
  return (
    <section className="next-card" aria-labelledby="next-card-title" data-kind={item.kind}>
      <p className="next-kind"><span className="tag">{kindLabel[item.kind]}</span> <span className="next-topic">{topic}</span></p>
      <Heading id="next-card-title">Your next step: {title}</Heading>
      <p className="next-reason"><strong>Why this? </strong>{step.reason}</p>
      <p><Link className="button" to={stepHref(item)}>{action[item.kind]}</Link></p>
    </section>
  );
}
