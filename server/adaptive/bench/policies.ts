// The three policies the benchmark compares, driving the same simulated learners:
// the engine (placement, then nextStep), a fixed roadmap order (lesson per topic, each
// concept until two exercises in a row pass, a second lap if needed), and an oracle that
// sees the true knowledge state.
import { goalConcepts } from '../graph.ts';
import type { CurriculumGraph } from '../graph.ts';
import type { Model } from '../model.ts';
import { statusOf, conceptState } from '../model.ts';
import { nextStep } from '../next-step.ts';
import { placementNext } from '../placement.ts';
import type { PlacementStep } from '../placement.ts';
import { applyEvent, initialState, predictEvent } from '../reducer.ts';
import type { Rng } from '../rng.ts';
import type { ConceptId, Goal, LearnerState, LearningEvent, QuizKind, StepItem } from '../types.ts';
import { accumulateCheckStats } from '../fit.ts';
import type { CheckStats } from '../fit.ts';
import { EXERCISE_LEARN, QUIZ_LEARN } from './sim.ts';
import type { SimLearner } from './sim.ts';

const MIN = 60_000;
const DAY = 86_400_000;

/** Counts and the clock: 10 minutes per exercise or lesson, 2 per quiz question, 3 hours a day. */
export class Session {
  exercises = 0;
  quizzes = 0;
  lessons = 0;
  now: number;
  private dayStart: number;
  constructor(start: number) {
    this.now = start;
    this.dayStart = start;
  }
  get steps(): number {
    return this.exercises + this.quizzes + this.lessons;
  }
  tick(minutes: number): void {
    this.now += minutes * MIN;
    if (this.now - this.dayStart > 3 * 60 * MIN) {
      this.dayStart += DAY;
      this.now = this.dayStart;
    }
  }
}

export interface Calibration {
  predicted: number[];
  truth: number[];
  outcome: number[];
}

export interface EngineRunner {
  model: Model;
  /** placementNext is pure, so learners with the same answers so far share its result. */
  placementMemo?: Map<string, PlacementStep>;
  /** Shared across learners: online check-difficulty counts. */
  stats: CheckStats;
  calibration: Calibration | null;
  /** When set, every event the engine sees is appended (training logs for fitting). */
  log?: LearningEvent[];
}

function apply(runner: EngineRunner, state: LearnerState, event: LearningEvent): LearnerState {
  runner.log?.push(event);
  return applyEvent(state, event, runner.model);
}

export const goalDone = (learner: SimLearner, scope: readonly ConceptId[]): boolean => scope.every((c) => learner.knows(c));

/** Run one engine decision through the learner and the reducer. Returns whether anything failed. */
export function engineStep(
  runner: EngineRunner,
  learner: SimLearner,
  state: LearnerState,
  item: StepItem,
  session: Session,
): { state: LearnerState; failed: boolean } {
  const { model } = runner;
  const events: LearningEvent[] = [];
  let failed = false;
  if (item.kind === 'lesson') {
    learner.lesson(model.graph.lessons.get(item.id)!.concepts);
    session.lessons++;
    session.tick(10);
    events.push({ type: 'lesson-viewed', lessonId: item.id, concepts: item.conceptIds, at: session.now });
  } else if (model.graph.exercises.has(item.id)) {
    session.exercises++;
    session.tick(10);
    for (const check of model.graph.exercises.get(item.id)!.checks) {
      const key = `${item.id}#${check.id}`;
      const { success, p } = learner.attempt(key, 0, EXERCISE_LEARN);
      failed ||= !success;
      const event: LearningEvent = { type: 'check-result', exerciseId: item.id, checkId: check.id, concepts: check.concepts, passed: success, at: session.now };
      if (runner.calibration) {
        runner.calibration.predicted.push(predictEvent(state, event, model)!);
        runner.calibration.truth.push(p);
        runner.calibration.outcome.push(success ? 1 : 0);
      }
      accumulateCheckStats(runner.stats, state, event, model);
      state = apply(runner, state, event);
    }
    return { state, failed };
  } else {
    const q = model.graph.quizItems.get(item.id)!;
    session.quizzes++;
    session.tick(2);
    const { success } = learner.attempt(q.id, q.options ? 1 / q.options : 0, QUIZ_LEARN);
    failed = !success;
    const kind: QuizKind = item.kind === 'diagnose' ? 'diagnose' : item.kind === 'review' ? 'review' : 'topic';
    const event: LearningEvent = { type: 'quiz-answer', itemId: q.id, concepts: q.concepts, correct: success, kind, at: session.now };
    if (q.options !== undefined) event.options = q.options;
    accumulateCheckStats(runner.stats, state, event, model);
    events.push(event);
  }
  for (const e of events) state = apply(runner, state, e);
  return { state, failed };
}

/** Placement quiz through the engine. */
export function runPlacement(runner: EngineRunner, learner: SimLearner, state: LearnerState, session: Session): LearnerState {
  const { model } = runner;
  state = apply(runner, state, { type: 'placement-started', at: session.now });
  const answers: { itemId: string; correct: boolean }[] = [];
  for (;;) {
    const step = memoPlacement(runner, state, answers);
    if (step.done || !step.item) break;
    const q = model.graph.quizItems.get(step.item.id)!;
    session.quizzes++;
    session.tick(2);
    const { success } = learner.attempt(q.id, q.options ? 1 / q.options : 0, 0);
    answers.push({ itemId: q.id, correct: success });
    const event: LearningEvent = { type: 'quiz-answer', itemId: q.id, concepts: q.concepts, correct: success, kind: 'placement', at: session.now };
    if (q.options !== undefined) event.options = q.options;
    state = apply(runner, state, event);
  }
  return apply(runner, state, { type: 'placement-finished', at: session.now });
}

export function runEngine(runner: EngineRunner, learner: SimLearner, goal: Goal, start: number, rng: Rng, cap: number): Session {
  const session = new Session(start);
  const scope = goalConcepts(runner.model.graph, goal);
  let state = initialState(goal);
  state = runPlacement(runner, learner, state, session);
  while (session.steps < cap) {
    learner.advance(session.now);
    if (goalDone(learner, scope)) break;
    const step = nextStep(state, runner.model, goal, session.now, rng);
    state = engineStep(runner, learner, state, step.item, session).state;
  }
  return session;
}

export function runFixed(graph: CurriculumGraph, learner: SimLearner, goal: Goal, start: number, cap: number): Session {
  const session = new Session(start);
  const scope = goalConcepts(graph, goal);
  const seenTopics = new Set<string>();
  // Exercises whose checks lead with the concept (or all practise it); a concept that only
  // appears as a secondary tag gets every exercise with a check on it, most such checks first.
  const all = [...graph.exercises.values()];
  const tagged = (ex: (typeof all)[number], c: ConceptId) => ex.checks.filter((ch) => ch.concepts.includes(c)).length;
  const exercisesFor = (c: ConceptId) => {
    const leading = all.filter((ex) => ex.checks.some((ch) => ch.concepts[0] === c) || ex.checks.every((ch) => ch.concepts.includes(c)));
    return leading.length > 0 ? leading : all.filter((ex) => tagged(ex, c) > 0).sort((a, b) => tagged(b, c) - tagged(a, c));
  };
  const byConcept = new Map(scope.map((c) => [c, exercisesFor(c)]));
  let round = 0;
  const done = (): boolean => {
    learner.advance(session.now);
    return goalDone(learner, scope) || session.steps >= cap;
  };
  while (!done()) {
    for (const c of scope) {
      const topic = graph.concepts.get(c)!.topicId;
      if (!seenTopics.has(topic)) {
        seenTopics.add(topic);
        learner.lesson(graph.topics.get(topic)!.concepts.map((x) => x.id));
        session.lessons++;
        session.tick(10);
      }
      const list = byConcept.get(c)!;
      let streak = 0;
      for (let i = 0; i < 8 && streak < 2 && list.length > 0; i++) {
        if (done()) return session;
        const ex = list[(i + round) % list.length]!;
        session.exercises++;
        session.tick(10);
        let all = true;
        for (const ch of ex.checks) all = learner.attempt(`${ex.id}#${ch.id}`, 0, EXERCISE_LEARN).success && all;
        streak = all ? streak + 1 : 0;
      }
      if (done()) return session;
    }
    round++;
  }
  return session;
}

export function runOracle(graph: CurriculumGraph, truth: Map<string, ConceptId[]>, learner: SimLearner, goal: Goal, start: number, cap: number): Session {
  const session = new Session(start);
  const scope = goalConcepts(graph, goal);
  const lessonsSeen = new Set<string>();
  const exercises = [...graph.exercises.values()];
  const byConcept = new Map<ConceptId, typeof exercises>();
  for (const ex of exercises)
    for (const ch of ex.checks)
      for (const c of truth.get(`${ex.id}#${ch.id}`)!) {
        const list = byConcept.get(c) ?? [];
        if (!list.includes(ex)) list.push(ex);
        byConcept.set(c, list);
      }
  let turn = 0;
  while (session.steps < cap) {
    learner.advance(session.now);
    const gap = scope.find((c) => !learner.knows(c));
    if (gap === undefined) break;
    const topic = graph.concepts.get(gap)!.topicId;
    if (!lessonsSeen.has(topic)) {
      lessonsSeen.add(topic);
      learner.lesson(graph.topics.get(topic)!.concepts.map((x) => x.id));
      session.lessons++;
      session.tick(10);
      continue;
    }
    // The exercise whose checks truly practise the gap while needing nothing else unknown.
    const fits = (byConcept.get(gap) ?? []).filter((ex) =>
      ex.checks.some((ch) => {
        const t = truth.get(`${ex.id}#${ch.id}`)!;
        return t.includes(gap) && t.every((c) => c === gap || learner.knows(c));
      }),
    );
    // None isolates it (real exercises mix concepts): the one with the most checks on it.
    const onGap = (ex: (typeof exercises)[number]) => ex.checks.filter((ch) => truth.get(`${ex.id}#${ch.id}`)!.includes(gap)).length;
    const fallback = [...(byConcept.get(gap) ?? [])].sort((a, b) => onGap(b) - onGap(a))[0];
    const ex = fits[turn++ % Math.max(1, fits.length)] ?? fallback ?? exercises[0]!;
    session.exercises++;
    session.tick(10);
    for (const ch of ex.checks) learner.attempt(`${ex.id}#${ch.id}`, 0, EXERCISE_LEARN);
  }
  return session;
}

/** Concepts whose status just became 'mastered'. */
export function newlyMastered(model: Model, before: LearnerState, after: LearnerState, scope: readonly ConceptId[], now: number): ConceptId[] {
  return scope.filter(
    (c) => statusOf(conceptState(after, model, c), model.params, now) === 'mastered' && statusOf(conceptState(before, model, c), model.params, now) !== 'mastered',
  );
}

export function memoPlacement(runner: EngineRunner, state: LearnerState, answers: readonly { itemId: string; correct: boolean }[]): PlacementStep {
  runner.placementMemo ??= new Map();
  const key = `${state.goal}|${answers.map((a) => `${a.itemId}${a.correct ? '+' : '-'}`).join(',')}`;
  let step = runner.placementMemo.get(key);
  if (!step) runner.placementMemo.set(key, (step = placementNext(state, runner.model, answers)));
  return step;
}
