// What a learner (and an instructor) sees: a level per topic with the probabilities behind it.
import type { Model } from './model.ts';
import { conceptState, masteryOf, recallOf, statusOf } from './model.ts';
import { elapsedDays, intervalFor, retrievability } from './review.ts';
import type { ConceptId, ConceptStatus, LearnerState, MasteryLevel, Millis, TopicId } from './types.ts';

export interface ConceptProgress {
  id: ConceptId;
  title: string;
  /** P(known now), forgetting included. */
  mastery: number;
  /** P(known) when last updated. */
  learned: number;
  recall: number;
  status: ConceptStatus;
  attempts: number;
  passes: number;
  /** When recall is expected to reach the review target (null before the concept is learned). */
  reviewDueAt: Millis | null;
}

export interface TopicProgress {
  topicId: TopicId;
  title: string;
  level: MasteryLevel;
  /** Mean and minimum concept mastery, and P(every concept known) under the factorised belief. */
  mean: number;
  min: number;
  all: number;
  concepts: ConceptProgress[];
}

const DAY = 86_400_000;

export function conceptProgress(state: LearnerState, model: Model, id: ConceptId, now: Millis): ConceptProgress {
  const c = conceptState(state, model, id);
  const { params } = model;
  let reviewDueAt: Millis | null = null;
  if (c.memory && c.pAt !== null && c.p >= params.mastered) {
    // Solve p * R(t) / R(pAt) = retention for t on the forgetting curve.
    const { decay } = params.memory;
    const then = retrievability(elapsedDays(c.memory.lastAt, c.pAt), c.memory.stability, decay);
    const target = Math.min(1, (params.retention * then) / c.p);
    reviewDueAt = Math.round(c.memory.lastAt + intervalFor(c.memory.stability, target, decay) * DAY);
  }
  return {
    id,
    title: model.graph.concepts.get(id)!.title,
    mastery: masteryOf(c, now, params),
    learned: c.p,
    recall: recallOf(c, now, params),
    status: statusOf(c, params, now),
    attempts: c.attempts,
    passes: c.passes,
    reviewDueAt,
  };
}

/**
 * not started: no direct evidence (a check or an answer) on any concept of the topic, so beliefs
 * moved only by inference from other topics do not count as practice; mastered: every concept mastered;
 * proficient: every concept at least `params.proficient` likely known; else practising.
 */
export function topicProgress(state: LearnerState, model: Model, topicId: TopicId, now: Millis): TopicProgress {
  const topic = model.graph.topics.get(topicId);
  if (!topic) throw new Error(`unknown topic ${topicId}`);
  const concepts = topic.concepts.map((c) => conceptProgress(state, model, c.id, now));
  const masteries = concepts.map((c) => c.mastery);
  const mean = masteries.reduce((a, b) => a + b, 0) / masteries.length;
  const min = Math.min(...masteries);
  const all = masteries.reduce((a, b) => a * b, 1);
  const touched = concepts.some((c) => c.attempts > 0);
  let level: MasteryLevel;
  if (concepts.every((c) => c.status === 'mastered')) level = 'mastered';
  else if (min >= model.params.proficient) level = 'proficient';
  else if (!touched) level = 'not-started';
  else level = 'practising';
  return { topicId, title: topic.title, level, mean, min, all, concepts };
}

export function progress(state: LearnerState, model: Model, now: Millis): TopicProgress[] {
  return model.graph.topicOrder.map((t) => topicProgress(state, model, t, now));
}
