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
import { buildGraph } from './graph.ts';
import type { CurriculumGraph } from './graph.ts';
import { defaultParams } from './params.ts';
import { recallAt, retrievability, elapsedDays } from './review.ts';
import type { ConceptId, ConceptState, ConceptStatus, GraphInput, GuessSlip, LearnerState, Millis, Params } from './types.ts';

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
  return state.concepts[id] ?? { p: priorOf(model, id), pAt: null, memory: null, attempts: 0, passes: 0, implicit: 0, lastEvidenceAt: null };
}

/**
 * P(known now): the stored belief times the chance of not having forgotten since it was
 * formed. Under the forgetting curve that chance is R(now) / R(pAt).
 */
export function masteryOf(c: ConceptState, now: Millis): number {
  if (c.memory === null || c.pAt === null) return c.p;
  const then = retrievability(elapsedDays(c.memory.lastAt, c.pAt), c.memory.stability);
  return clamp01((c.p * recallAt(c.memory, now)) / then);
}

export function mastery(state: LearnerState, model: Model, id: ConceptId, now: Millis): number {
  return masteryOf(conceptState(state, model, id), now);
}

/**
 * Mastered: learned with high probability and recall still above the review target.
 * Due: learned, but enough time has passed that a review is worth it.
 */
export function statusOf(c: ConceptState, params: Params, now: Millis): ConceptStatus {
  if (c.p < params.mastered) return c.attempts === 0 && c.implicit === 0 && c.pAt === null ? 'unknown' : 'learning';
  return recallAt(c.memory, now) < params.retention ? 'due' : 'mastered';
}

/** The concepts an item depends on: its tags at full strength, their ancestors by leak. */
export function factorsFor(model: Model, concepts: readonly ConceptId[]): Factor[] {
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

export function quizNoise(params: Params, itemId: string, options: number | undefined): GuessSlip {
  const fitted = params.checks[itemId];
  if (fitted) return fitted;
  return options !== undefined && options > 1 ? { guess: 1 / options, slip: params.quiz.slip } : params.quiz;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
