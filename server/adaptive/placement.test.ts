import { describe, expect, it } from 'vitest';
import { builtinInput } from './bench/curriculum.ts';
import { buildGraph } from './graph.ts';
import { createModel, mastery } from './model.ts';
import { nextStep } from './next-step.ts';
import { defaultParams } from './params.ts';
import { placementNext, placementPosterior, testOutItems, testOutPassed } from './placement.ts';
import { applyEvent, initialState } from './reducer.ts';
import { mulberry32 } from './rng.ts';
import type { LearnerState } from './types.ts';

// The built-in 13-topic core graph with synthesized quiz items: big enough for placement to matter.
const model = createModel(buildGraph(builtinInput(mulberry32(1))));
const T0 = Date.UTC(2025, 0, 6, 9);

/** A learner who answers exactly by what they know (no guessing, no slips). */
function place(knows: (concept: string) => boolean, goal = 'core') {
  let s: LearnerState = applyEvent(initialState(goal), { type: 'placement-started', at: T0 }, model);
  const answers: { itemId: string; correct: boolean }[] = [];
  const asked: string[] = [];
  for (;;) {
    const step = placementNext(s, model, answers);
    if (step.done) break;
    const item = model.graph.quizItems.get(step.item!.id)!;
    const correct = item.concepts.every(knows);
    answers.push({ itemId: item.id, correct });
    asked.push(item.id);
    s = applyEvent(s, { type: 'quiz-answer', itemId: item.id, concepts: item.concepts, correct, kind: 'placement', options: 4, at: T0 }, model);
  }
  s = applyEvent(s, { type: 'placement-finished', at: T0 }, model);
  return { state: s, asked, answers };
}

const topicOf = (c: string) => model.graph.concepts.get(c)!.topicId;

describe('placement', () => {
  it('stops by 12 questions whatever the answers', () => {
    for (const knows of [() => true, () => false, (c: string) => c.length % 2 === 0]) expect(place(knows).asked.length).toBeLessThanOrEqual(12);
  });

  // Express lists node-runtime among its prerequisites in the curriculum, so "knows
  // JavaScript" here means the language, async JS and the Node runtime.
  it('a learner who knows JavaScript and HTTP starts at Express', () => {
    const known = new Set(['js-fundamentals', 'async-js', 'node-runtime', 'http']);
    const { state } = place((c) => known.has(topicOf(c)), 'express');
    const masteries = model.graph.order.filter((c) => known.has(topicOf(c))).map((c) => [c, Number(mastery(state, model, c, T0).toFixed(2))]);
    for (const [, v] of masteries) expect(v).toBeGreaterThan(0.5);
    // Twelve answers cannot settle every concept: what placement left short of proficient,
    // or inferred without asking, may get a quick question or one practice run first (never
    // a lesson: nothing is taught again from scratch), four at most for these 33 concepts.
    // Done right, the learner starts Express.
    let s = state;
    let t = T0 + 60_000;
    let step = nextStep(s, model, 'express', t, mulberry32(1));
    const confirmed: string[] = [];
    while (known.has(step.item.topicId) && confirmed.length < 5) {
      expect(step.item.kind).not.toBe('lesson');
      confirmed.push(`${step.why} ${step.conceptId}`);
      const exercise = model.graph.exercises.get(step.item.id);
      if (exercise) {
        for (const ch of exercise.checks) s = applyEvent(s, { type: 'check-result', exerciseId: exercise.id, checkId: ch.id, concepts: ch.concepts, passed: true, at: t }, model);
      } else s = applyEvent(s, { type: 'quiz-answer', itemId: step.item.id, concepts: step.item.conceptIds, correct: true, kind: 'diagnose', options: 4, at: t }, model);
      t += 60_000;
      step = nextStep(s, model, 'express', t, mulberry32(1));
    }
    expect(confirmed.length).toBeLessThanOrEqual(4);
    expect(step.item.topicId).toBe('express');
    expect(step.conceptId).toBe('express.routes');
    // Express questions answered wrongly in placement are not practice: Express starts with its lesson.
    expect(step.item.kind).toBe('lesson');
  });

  it('a newcomer starts at the beginning', () => {
    const { state } = place(() => false);
    expect(nextStep(state, model, 'core', T0 + 60_000, mulberry32(1)).conceptId).toBe('js-fundamentals.functions-as-values');
  });

  it('asks the most informative question first, deterministically', () => {
    const first = placementNext(initialState(), model, []);
    expect(first.item).not.toBeNull();
    expect(placementNext(initialState(), model, [])).toEqual(first);
    expect(first.reason).toMatch(/tells the most about where to start/);
  });

  it('graph correlation: a right answer on Express raises belief in async JS', () => {
    const prior = placementPosterior(model, []);
    const item = [...model.graph.quizItems.values()].find((q) => q.concepts.includes('express.routes'))!;
    const post = placementPosterior(model, [{ itemId: item.id, correct: true }]);
    // One right multiple-choice answer is modest evidence (part-knowledge beats chance), yet
    // it lifts a concept two topics below by more than 10 points.
    expect(post.get('async-js.promises')!).toBeGreaterThan(prior.get('async-js.promises')! + 0.1);
  });

  it('a topic that builds on no other (SQL) may be known whatever the learner\'s place on the roadmap', () => {
    const placement = { ...defaultParams().placement, standalone: 0 };
    const roadmapOnly = createModel(model.graph, defaultParams({ placement }));
    const sql = placementPosterior(model, []).get('sql.tables-keys')!;
    expect(sql).toBeGreaterThan(placementPosterior(roadmapOnly, []).get('sql.tables-keys')! + 0.05);
    // After a wrong answer on everything JavaScript, SQL is still open: no roadmap progress is implied.
    const js = [...model.graph.quizItems.values()].filter((q) => q.topicId === 'js-fundamentals').map((q) => ({ itemId: q.id, correct: false }));
    expect(placementPosterior(model, js).get('sql.tables-keys')!).toBeGreaterThan(0.1);
    expect(placementPosterior(roadmapOnly, js).get('sql.tables-keys')!).toBeLessThan(placementPosterior(model, js).get('sql.tables-keys')!);
  });

  it('test-out passes on a clean sheet, not on half the answers wrong', () => {
    const items = testOutItems(model, 'http');
    expect(items.length).toBeGreaterThanOrEqual(model.graph.topics.get('http')!.concepts.length);
    expect(testOutPassed(model, 'http', items.map((q) => ({ itemId: q.id, correct: true })))).toBe(true);
    expect(testOutPassed(model, 'http', items.map((q, i) => ({ itemId: q.id, correct: i % 2 === 0 })))).toBe(false);
  });
});
