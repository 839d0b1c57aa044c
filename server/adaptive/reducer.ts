// The learner state is a fold over the event log: applyEvent is pure and total, so the
// server can rebuild any state (and re-run any decision) from stored events.
import type { Model } from './model.ts';
import { checkNoise, clamp01, conceptState, factorsFor, heldOnCredit, masteryOf, personalNoise, logit, posterior, predictSuccess, quizNoise, updateAbility } from './model.ts';
import { placementPosterior } from './placement.ts';
import { implicitReview, placedMemory, updateMemory } from './review.ts';
import type { Ability, ConceptId, ConceptState, EvidenceRecord, Goal, GuessSlip, LearnerState, LearningEvent, Millis } from './types.ts';

export function initialState(goal: Goal = 'core'): LearnerState {
  return {
    version: 2,
    concepts: {},
    goal,
    recent: [],
    hints: {},
    lessonsViewed: [],
    placement: { status: 'none', answers: [] },
    testedOut: [],
    ability: { mean: 0, info: 0 },
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
      const { concepts, ability, knownBefore } = observe(base, model, event.concepts, noise, event.passed, event.at, (c) => params.learnByConcept[c] ?? params.learn, hinted);
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
        knownBefore,
      };
      return { ...base, concepts, ability, hints, recent: remember(state.recent, record, params.recentWindow) };
    }
    case 'quiz-answer': {
      const noise = quizNoise(params, event.itemId, event.options);
      // Placement, diagnosis and test-out questions measure; only practice quizzes teach.
      const teaches = event.kind === 'topic' || event.kind === 'review';
      const { concepts, ability, knownBefore } = observe(base, model, event.concepts, noise, event.correct, event.at, () => (teaches ? params.quizLearn : 0), false);
      const record: EvidenceRecord = { source: 'quiz', ref: event.itemId, concepts: event.concepts, passed: event.correct, hinted: false, quizKind: event.kind, at: event.at, knownBefore };
      const placement =
        event.kind === 'placement' && state.placement.status === 'running'
          ? { status: 'running' as const, answers: [...state.placement.answers, { itemId: event.itemId, correct: event.correct }] }
          : state.placement;
      return { ...base, concepts, ability, placement, recent: remember(state.recent, record, params.recentWindow) };
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
        const m = masteryOf(c, event.at, params);
        const learned = (1 - m) * params.lessonLearn * prerequisiteGate(base, model, id, event.at, new Map());
        concepts[id] = { ...c, p: m + learned, pAt: event.at, memory: updateMemory(params.memory, c.memory, m, learned, null, event.at) };
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
        concepts[id] = credit(c, Math.max(masteryOf(c, event.at, params), params.testOutP), event.at, model);
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
  const ms = factors.map((f) => masteryOf(conceptState(state, model, f.id), event.at, model.params));
  return predictSuccess(ms, factors, personalNoise(noise, state.ability, model.params));
}

/**
 * One observation: Bayes-update every factor's marginal, then let the learner learn the
 * tagged concepts (only as far as their prerequisites are believed known), refresh memory
 * (fully for tagged concepts, partly for prerequisites a success leaned on) and update the
 * learner's ability.
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
): { concepts: Record<ConceptId, ConceptState>; ability: Ability; knownBefore: number } {
  const { params } = model;
  const known = tags.filter((c) => model.graph.concepts.has(c));
  const factors = factorsFor(model, known);
  const before = factors.map((f) => conceptState(state, model, f.id));
  const ms = before.map((c) => masteryOf(c, at, params));
  const post = posterior(ms, factors, personalNoise(noise, state.ability, params), success);
  const postById = new Map(factors.map((f, i) => [f.id, post[i]!]));
  const concepts = { ...state.concepts };
  const mp = params.memory;
  factors.forEach((f, i) => {
    const c = before[i]!;
    const k = post[i]!;
    if (f.strength >= 1) {
      const learned = (1 - k) * learnRate(f.id) * prerequisiteGate(state, model, f.id, at, postById);
      const memory = updateMemory(mp, c.memory, k, learned, success, at);
      concepts[f.id] = { ...c, p: k + learned, pAt: at, memory, attempts: c.attempts + 1, passes: c.passes + (success ? 1 : 0), leak: 0, lastEvidenceAt: at };
    } else {
      let memory = c.memory ?? placedMemory(mp, at);
      if (success) memory = implicitReview(mp, memory, f.strength, at);
      concepts[f.id] = { ...c, p: k, pAt: at, memory, implicit: c.implicit + 1, leak: c.leak + logit(k) - logit(ms[i]!) };
    }
  });
  let all = 1;
  for (let i = 0; i < factors.length; i++) all *= 1 - factors[i]!.strength * (1 - ms[i]!);
  // A result that leans on a concept believed known only on credit (placement, test-out,
  // what dependents implied) tests that credit more than the learner: letting it move ability
  // would explain a hidden gap away as a weak learner, and a lucky pass would then look like
  // strong evidence.
  const onCredit = before.some((c, i) => heldOnCredit(c) && ms[i]! >= params.proficient);
  const ability = hinted || onCredit ? state.ability : updateAbility(state.ability, noise, all, success, params);
  let knownBefore = 1;
  factors.forEach((f, i) => {
    if (f.strength >= 1) knownBefore *= ms[i]!;
  });
  return { concepts, ability, knownBefore };
}

/** P(all direct prerequisites known): learning a concept needs them. */
function prerequisiteGate(state: LearnerState, model: Model, id: ConceptId, at: Millis, override: Map<ConceptId, number>): number {
  let gate = 1;
  for (const p of model.graph.concepts.get(id)!.prereqs) gate *= override.get(p.id) ?? masteryOf(conceptState(state, model, p.id), at, model.params);
  return gate;
}

/** Credit from placement or test-out: a belief without a review history, so memory starts fresh. */
function credit(c: ConceptState, p: number, at: Millis, model: Model): ConceptState {
  const memory = c.memory ?? placedMemory(model.params.memory, at);
  return { ...c, p: clamp01(p), pAt: at, memory };
}

function remember(recent: EvidenceRecord[], record: EvidenceRecord, window: number): EvidenceRecord[] {
  const next = [...recent, record];
  return next.length > window ? next.slice(next.length - window) : next;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
