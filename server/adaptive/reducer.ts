// The learner state is a fold over the event log: applyEvent is pure and total, so the
// server can rebuild any state (and re-run any decision) from stored events.
import type { Model } from './model.ts';
import { checkNoise, clamp01, conceptState, factorsFor, masteryOf, posterior, predictSuccess, quizNoise } from './model.ts';
import { placementPosterior } from './placement.ts';
import { implicitReview, initialMemory, review } from './review.ts';
import type { Grade } from './review.ts';
import type { ConceptId, ConceptState, EvidenceRecord, Goal, GuessSlip, LearnerState, LearningEvent, Millis } from './types.ts';

export function initialState(goal: Goal = 'core'): LearnerState {
  return {
    version: 1,
    concepts: {},
    goal,
    recent: [],
    hints: {},
    lessonsViewed: [],
    placement: { status: 'none', answers: [] },
    testedOut: [],
    events: 0,
    lastAt: null,
  };
}

export function replay(events: readonly LearningEvent[], model: Model, from: LearnerState = initialState()): LearnerState {
  let state = from;
  for (const event of events) state = applyEvent(state, event, model);
  return state;
}

export function applyEvent(state: LearnerState, event: LearningEvent, model: Model): LearnerState {
  const base: LearnerState = { ...state, events: state.events + 1, lastAt: Math.max(state.lastAt ?? event.at, event.at) };
  const { params } = model;
  switch (event.type) {
    case 'check-result': {
      const hinted = (state.hints[event.exerciseId] ?? 0) > 0;
      const noise = checkNoise(params, event.exerciseId, event.checkId, hinted);
      const concepts = observe(base, model, event.concepts, noise, event.passed, event.at, (c) => params.learnByConcept[c] ?? params.learn, hinted);
      const hints = { ...state.hints };
      delete hints[event.exerciseId];
      const record: EvidenceRecord = {
        source: 'check',
        ref: `${event.exerciseId}#${event.checkId}`,
        exerciseId: event.exerciseId,
        concepts: event.concepts,
        passed: event.passed,
        hinted,
        at: event.at,
      };
      return { ...base, concepts, hints, recent: remember(state.recent, record, params.recentWindow) };
    }
    case 'quiz-answer': {
      const noise = quizNoise(params, event.itemId, event.options);
      // Placement, diagnosis and test-out questions measure; only practice quizzes teach.
      const teaches = event.kind === 'topic' || event.kind === 'review';
      const concepts = observe(base, model, event.concepts, noise, event.correct, event.at, () => (teaches ? params.quizLearn : 0), false);
      const record: EvidenceRecord = { source: 'quiz', ref: event.itemId, concepts: event.concepts, passed: event.correct, hinted: false, quizKind: event.kind, at: event.at };
      const placement =
        event.kind === 'placement' && state.placement.status === 'running'
          ? { status: 'running' as const, answers: [...state.placement.answers, { itemId: event.itemId, correct: event.correct }] }
          : state.placement;
      return { ...base, concepts, placement, recent: remember(state.recent, record, params.recentWindow) };
    }
    case 'hint-used':
      return { ...base, hints: { ...state.hints, [event.exerciseId]: (state.hints[event.exerciseId] ?? 0) + 1 } };
    case 'goal-set':
      return { ...base, goal: event.goal };
    case 'lesson-viewed': {
      const concepts = { ...base.concepts };
      for (const id of event.concepts) {
        if (!model.graph.concepts.has(id)) continue;
        const c = conceptState(base, model, id);
        const m = masteryOf(c, event.at);
        const p = m + (1 - m) * params.lessonLearn * prerequisiteGate(base, model, id, event.at, new Map());
        concepts[id] = { ...c, p, pAt: event.at };
      }
      const lessonsViewed = state.lessonsViewed.includes(event.lessonId) ? state.lessonsViewed : [...state.lessonsViewed, event.lessonId];
      return { ...base, concepts, lessonsViewed };
    }
    case 'placement-started':
      return { ...base, placement: { status: 'running', answers: [] } };
    case 'placement-finished': {
      if (state.placement.status !== 'running') return base;
      const belief = placementPosterior(model, state.placement.answers);
      const concepts = { ...base.concepts };
      for (const [id, p] of belief) concepts[id] = credit(conceptState(base, model, id), clamp(p, 0.01, 0.99), event.at, model);
      return { ...base, concepts, placement: { status: 'done', answers: state.placement.answers } };
    }
    case 'test-out': {
      if (!event.passed) return base;
      const topic = model.graph.topics.get(event.topicId);
      if (!topic) return base;
      const concepts = { ...base.concepts };
      for (const { id } of topic.concepts) {
        const c = conceptState(base, model, id);
        concepts[id] = credit(c, Math.max(masteryOf(c, event.at), params.testOutP), event.at, model);
      }
      const testedOut = state.testedOut.includes(event.topicId) ? state.testedOut : [...state.testedOut, event.topicId];
      return { ...base, concepts, testedOut };
    }
  }
}

/** P(success) the model gave an evidence event just before it happened (for calibration and fitting). */
export function predictEvent(state: LearnerState, event: LearningEvent, model: Model): number | null {
  if (event.type !== 'check-result' && event.type !== 'quiz-answer') return null;
  const noise =
    event.type === 'check-result'
      ? checkNoise(model.params, event.exerciseId, event.checkId, (state.hints[event.exerciseId] ?? 0) > 0)
      : quizNoise(model.params, event.itemId, event.options);
  const factors = factorsFor(model, event.concepts.filter((c) => model.graph.concepts.has(c)));
  const ms = factors.map((f) => masteryOf(conceptState(state, model, f.id), event.at));
  return predictSuccess(ms, factors, noise);
}

/**
 * One observation: Bayes-update every factor's marginal, then let the learner learn the
 * tagged concepts (only as far as their prerequisites are believed known), and refresh
 * memory: fully for tagged concepts, partly for prerequisites a success leaned on.
 */
function observe(
  state: LearnerState,
  model: Model,
  tags: readonly ConceptId[],
  noise: GuessSlip,
  success: boolean,
  at: Millis,
  learnRate: (id: ConceptId) => number,
  hinted: boolean,
): Record<ConceptId, ConceptState> {
  const known = tags.filter((c) => model.graph.concepts.has(c));
  const factors = factorsFor(model, known);
  const before = factors.map((f) => conceptState(state, model, f.id));
  const post = posterior(
    before.map((c) => masteryOf(c, at)),
    factors,
    noise,
    success,
  );
  const postById = new Map(factors.map((f, i) => [f.id, post[i]!]));
  const concepts = { ...state.concepts };
  const w = model.params.fsrs;
  factors.forEach((f, i) => {
    const c = before[i]!;
    let p = post[i]!;
    if (f.strength >= 1) {
      p = p + (1 - p) * learnRate(f.id) * prerequisiteGate(state, model, f.id, at, postById);
      const grade: Grade = success ? (hinted ? 2 : 3) : post[i]! < 0.5 ? 1 : 2;
      const memory = c.memory ? review(w, c.memory, grade, at) : p >= 0.5 ? initialMemory(w, grade, at) : null;
      concepts[f.id] = { ...c, p, pAt: at, memory, attempts: c.attempts + 1, passes: c.passes + (success ? 1 : 0), lastEvidenceAt: at };
    } else {
      let memory = c.memory;
      if (success && memory) memory = implicitReview(w, memory, f.strength, at);
      else if (success && p >= 0.5) memory = initialMemory(w, 3, at);
      concepts[f.id] = { ...c, p, pAt: at, memory, implicit: c.implicit + 1 };
    }
  });
  return concepts;
}

/** P(all direct prerequisites known): learning a concept needs them. */
function prerequisiteGate(state: LearnerState, model: Model, id: ConceptId, at: Millis, override: Map<ConceptId, number>): number {
  let gate = 1;
  for (const p of model.graph.concepts.get(id)!.prereqs) gate *= override.get(p.id) ?? masteryOf(conceptState(state, model, p.id), at);
  return gate;
}

/** Credit from placement or test-out: a belief without a review history, so memory starts fresh. */
function credit(c: ConceptState, p: number, at: Millis, model: Model): ConceptState {
  const memory = c.memory ?? (p >= 0.5 ? { stability: model.params.placedStability, difficulty: 5, lastAt: at, reps: 0, lapses: 0 } : null);
  return { ...c, p: clamp01(p), pAt: at, memory };
}

function remember(recent: EvidenceRecord[], record: EvidenceRecord, window: number): EvidenceRecord[] {
  const next = [...recent, record];
  return next.length > window ? next.slice(next.length - window) : next;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
