// The response model. A check (or quiz item) tagged with concepts T succeeds when every
// concept in T is known; unknown prerequisites of T make success less likely without
// forbidding it (a noisy-AND with per-prerequisite leak), and guess/slip cover the rest:
//
//   P(pass | K) = g + (1 - s - g) * prod_{i in T} K_i * prod_{a in anc(T)} (K_a ? 1 : 1 - strength_a)
//
// Under a factorised belief the marginal posterior of every factor has a closed form, so
// each observation is an exact Bayes update of each concept's marginal (assumed-density
// filtering). Blame for a failure is shared by how likely each factor is to be the cause;
// prerequisites get blamed through the leak terms, which is how "Express keeps failing and
// async evidence is thin" turns into suspicion of async-js without any rule saying so.
// Guess and slip are personal: the learner's ability (an Elo/IRT-style term, learned from
// every answer) shifts both in logit space, and per-check values are learned from data.
import { buildGraph } from './graph.ts';
import type { CurriculumGraph } from './graph.ts';
import { defaultParams } from './params.ts';
import { recallAt, retrievability, elapsedDays } from './review.ts';
import type { Ability, ConceptId, ConceptState, ConceptStatus, GraphInput, GuessSlip, LearnerState, Millis, Params } from './types.ts';

export interface Factor {
  id: ConceptId;
  /** 1 for tagged concepts; below 1 for prerequisites, by how much the item leans on them. */
  strength: number;
}

export interface Model {
  graph: CurriculumGraph;
  params: Params;
  /** Ancestors of each concept with the strength of their strongest path. */
  implicit: Map<ConceptId, Factor[]>;
}

export function createModel(graph: CurriculumGraph | GraphInput, params: Params = defaultParams()): Model {
  const g = 'order' in graph ? graph : buildGraph(graph);
  const implicit = new Map<ConceptId, Factor[]>();
  for (const id of g.order) {
    const best = new Map<ConceptId, number>();
    for (const p of g.concepts.get(id)!.prereqs) {
      const edge = p.kind === 'requires' ? params.requiresStrength : params.topicStrength;
      if (edge >= params.minStrength) best.set(p.id, Math.max(best.get(p.id) ?? 0, edge));
      // Prerequisites come earlier in `order`, so their factors are already computed.
      for (const f of implicit.get(p.id)!) {
        const s = edge * f.strength;
        if (s >= params.minStrength) best.set(f.id, Math.max(best.get(f.id) ?? 0, s));
      }
    }
    implicit.set(
      id,
      [...best].map(([a, strength]) => ({ id: a, strength })).sort((x, y) => g.concepts.get(x.id)!.index - g.concepts.get(y.id)!.index),
    );
  }
  return { graph: g, params, implicit };
}

export function priorOf(model: Model, id: ConceptId): number {
  const node = model.graph.concepts.get(id);
  return (node && model.params.priorByTopic[node.topicId]) ?? model.params.prior;
}

export function conceptState(state: LearnerState, model: Model, id: ConceptId): ConceptState {
  return state.concepts[id] ?? { p: priorOf(model, id), pAt: null, memory: null, attempts: 0, passes: 0, implicit: 0, leak: 0, lastEvidenceAt: null };
}

/**
 * P(known now): the stored belief times the chance of not having forgotten since it was
 * formed. Under the forgetting curve that chance is R(now) / R(pAt).
 */
export function masteryOf(c: ConceptState, now: Millis, params: Params): number {
  if (c.memory === null || c.pAt === null || now <= c.pAt) return c.p;
  const decay = params.memory.decay;
  const then = retrievability(elapsedDays(c.memory.lastAt, c.pAt), c.memory.stability, decay);
  return clamp01((c.p * recallAt(c.memory, now, decay)) / then);
}

export function mastery(state: LearnerState, model: Model, id: ConceptId, now: Millis): number {
  return masteryOf(conceptState(state, model, id), now, model.params);
}

/**
 * Mastered: learned with high probability, shown at least twice if practised directly, and
 * still likely known (P(known now) at least the retention target). Due: learned, but
 * forgetting has brought it below the target.
 */
export function statusOf(c: ConceptState, params: Params, now: Millis): ConceptStatus {
  if (c.p < params.mastered) return c.attempts === 0 && c.implicit === 0 && c.pAt === null ? 'unknown' : 'learning';
  // Once a concept is practised directly, one lucky answer is not mastery: it takes two passes.
  if (c.attempts > 0 && c.passes < 2) return 'learning';
  return masteryOf(c, now, params) < params.retention ? 'due' : 'mastered';
}

/** Recall since the last refresh under the model's forgetting curve. */
export function recallOf(c: ConceptState, now: Millis, params: Params): number {
  return recallAt(c.memory, now, params.memory.decay);
}

/**
 * Guess and slip for this learner: ability shifts both in logit space (an able learner
 * guesses better and slips less), shrunk by the uncertainty of the ability estimate.
 */
export function personalNoise(noise: GuessSlip, ability: Ability | undefined, params: Params): GuessSlip {
  if (!ability || params.ability.sd <= 0 || ability.mean === 0) return noise;
  const shift = ability.mean / Math.sqrt(1 + (Math.PI * abilityVariance(ability, params)) / 8);
  return { guess: sigmoid(logit(noise.guess) + shift), slip: 1 - sigmoid(logit(1 - noise.slip) + shift) };
}

export function abilityVariance(ability: Ability, params: Params): number {
  const sd = params.ability.sd;
  return 1 / (1 / (sd * sd) + ability.info);
}

/**
 * One Laplace (Fisher-scoring) step on the learner's ability after an answer: `known` is
 * P(everything the item needs is known) under the belief before the answer.
 */
export function updateAbility(ability: Ability, noise: GuessSlip, known: number, success: boolean, params: Params): Ability {
  if (params.ability.sd <= 0) return ability;
  const g = sigmoid(logit(noise.guess) + ability.mean);
  const k = sigmoid(logit(1 - noise.slip) + ability.mean);
  const p = known * k + (1 - known) * g;
  const dp = known * k * (1 - k) + (1 - known) * g * (1 - g);
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  const score = success ? dp / q : -dp / (1 - q);
  const info = ability.info + (dp * dp) / (q * (1 - q));
  const variance = abilityVariance({ mean: ability.mean, info }, params);
  return { mean: ability.mean + variance * score, info };
}

export function logit(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

const factorCache = new WeakMap<Map<ConceptId, Factor[]>, Map<string, Factor[]>>();

/** The concepts an item depends on: its tags at full strength, their ancestors by leak (memoised per model). */
export function factorsFor(model: Model, concepts: readonly ConceptId[]): Factor[] {
  let cache = factorCache.get(model.implicit);
  if (!cache) factorCache.set(model.implicit, (cache = new Map()));
  const key = concepts.join('|');
  let factors = cache.get(key);
  if (!factors) cache.set(key, (factors = computeFactors(model, concepts)));
  return factors;
}

function computeFactors(model: Model, concepts: readonly ConceptId[]): Factor[] {
  const tagged = new Set(concepts);
  const best = new Map<ConceptId, number>();
  for (const c of concepts) best.set(c, 1);
  for (const c of concepts) {
    for (const f of model.implicit.get(c) ?? []) {
      if (tagged.has(f.id)) continue;
      best.set(f.id, Math.max(best.get(f.id) ?? 0, f.strength));
    }
  }
  return [...best].map(([id, strength]) => ({ id, strength }));
}

/** P(success) of an item under the current belief. */
export function predictSuccess(ms: readonly number[], factors: readonly Factor[], noise: GuessSlip): number {
  let all = 1;
  for (let i = 0; i < factors.length; i++) all *= 1 - factors[i]!.strength * (1 - ms[i]!);
  return noise.guess + (1 - noise.slip - noise.guess) * all;
}

/** Posterior P(known) of every factor after observing success or failure. */
export function posterior(ms: readonly number[], factors: readonly Factor[], noise: GuessSlip, success: boolean): number[] {
  const n = factors.length;
  const e = factors.map((f, i) => 1 - f.strength * (1 - ms[i]!));
  // Products of all other factors' expectations, via prefix and suffix products.
  const prefix = new Array<number>(n + 1).fill(1);
  const suffix = new Array<number>(n + 1).fill(1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! * e[i]!;
  for (let i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! * e[i]!;
  const c = 1 - noise.slip - noise.guess;
  return factors.map((f, i) => {
    const others = prefix[i]! * suffix[i + 1]!;
    const passKnown = noise.guess + c * others;
    const passUnknown = noise.guess + c * (1 - f.strength) * others;
    const lk = success ? passKnown : 1 - passKnown;
    const lu = success ? passUnknown : 1 - passUnknown;
    const m = ms[i]!;
    const z = m * lk + (1 - m) * lu;
    return z <= 0 ? m : clamp01((m * lk) / z);
  });
}

export function checkNoise(params: Params, exerciseId: string, checkId: string, hinted: boolean): GuessSlip {
  const base = params.checks[`${exerciseId}#${checkId}`] ?? params.check;
  return hinted ? { guess: Math.max(base.guess, params.hintGuess), slip: base.slip } : base;
}

/** Believed on credit before any pass of its own: placement, a test-out, what dependents implied. */
export function heldOnCredit(c: ConceptState): boolean {
  return c.memory !== null && c.passes === 0;
}

export function quizNoise(params: Params, itemId: string, options: number | undefined): GuessSlip {
  return params.checks[itemId] ?? defaultQuizNoise(params, options);
}

/**
 * Before any data: a learner who has not got the concept still beats blind chance on a
 * multiple-choice item (part-knowledge rules out a distractor or two), so `quiz.guess` is
 * the share of the non-chance remainder they get right, on top of 1/options.
 */
export function defaultQuizNoise(params: Params, options: number | undefined): GuessSlip {
  const chance = options !== undefined && options > 1 ? 1 / options : 0;
  return { guess: chance + (1 - chance) * params.quiz.guess, slip: params.quiz.slip };
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
