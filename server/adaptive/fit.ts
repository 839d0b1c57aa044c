// Parameter fitting from stored event logs, and the online version of the same counts.
//
// Guess and slip per check come from expected counts (the E-step of EM): before each
// result we know P(everything the check needs is known) = A, so the result splits into
// expected "knew it but slipped" and "did not know but guessed" mass. The M-step is the
// ratio of those counts, shrunk towards the current value by a Beta prior so a check seen
// a few times keeps sensible values. Learn rates have no closed form under the graph model,
// so the global rate is set by golden-section search on the predictive log-likelihood.
// The E-step uses the filtered (not smoothed) belief: cheaper, and the same quantity the
// engine uses online.
import type { Model } from './model.ts';
import { checkNoise, conceptState, createModel, defaultQuizNoise, factorsFor, masteryOf, quizNoise } from './model.ts';
import { applyEvent, initialState, predictEvent } from './reducer.ts';
import type { GuessSlip, LearnerState, LearningEvent, Params } from './types.ts';

export interface NoiseCounts {
  known: number;
  knownFail: number;
  unknown: number;
  unknownPass: number;
  /** Answers a blind guess chooses among on a choice item: its guess rate is shrunk towards chance plus part-knowledge, not a flat default. */
  options?: number;
}
/** Per check (`exerciseId#checkId`) or quiz item id. */
export type CheckStats = Record<string, NoiseCounts>;

export interface FitOptions {
  iterations?: number;
  /** Pseudo-observations of the Beta prior towards the defaults. */
  priorStrength?: number;
  /** Fit the global learn rate too. */
  fitLearn?: boolean;
  /** Fit the memory (forgetting) parameters and the spread of learner ability too. */
  fitMemory?: boolean;
  /** Golden-section steps per scalar parameter. */
  steps?: number;
}

/** The parameters a fit changes: what `adaptive:fit` stores and the server loads back. */
export type FittedPart = Pick<Params, 'learn' | 'memory' | 'ability' | 'requiresStrength' | 'topicStrength' | 'checks'>;

export function fittedPart({ learn, memory, ability, requiresStrength, topicStrength, checks }: Params): FittedPart {
  return { learn, memory, ability, requiresStrength, topicStrength, checks };
}

export interface FitResult {
  params: Params;
  logLikelihood: { before: number; after: number };
  observations: number;
  checks: number;
}

/** Online: fold one evidence event (with the learner's state just before it) into the counts. */
export function updateCheckStats(stats: CheckStats, before: LearnerState, event: LearningEvent, model: Model): CheckStats {
  const share = checkEvidence(before, event, model);
  if (!share) return stats;
  const old = stats[share.key] ?? { known: 0, knownFail: 0, unknown: 0, unknownPass: 0 };
  return { ...stats, [share.key]: addCounts(old, share.counts) };
}

/**
 * The same update in place, for callers that own the table (one copy per event is too slow
 * for a table of thousands of checks in a simulation).
 */
export function accumulateCheckStats(stats: CheckStats, before: LearnerState, event: LearningEvent, model: Model): void {
  const share = checkEvidence(before, event, model);
  if (share) stats[share.key] = addCounts(stats[share.key] ?? { known: 0, knownFail: 0, unknown: 0, unknownPass: 0 }, share.counts);
}

function addCounts(a: NoiseCounts, b: NoiseCounts): NoiseCounts {
  const sum: NoiseCounts = { known: a.known + b.known, knownFail: a.knownFail + b.knownFail, unknown: a.unknown + b.unknown, unknownPass: a.unknownPass + b.unknownPass };
  const options = b.options ?? a.options;
  if (options !== undefined) sum.options = options;
  return sum;
}

/** Expected counts one result contributes: how much of it is "knew it" versus "did not". */
function checkEvidence(before: LearnerState, event: LearningEvent, model: Model): { key: string; counts: NoiseCounts } | null {
  let key: string;
  let noise: GuessSlip;
  let success: boolean;
  let options: number | undefined;
  if (event.type === 'check-result') {
    // Results after a hint say little about the check itself.
    if ((before.hints[event.exerciseId] ?? 0) > 0) return null;
    key = `${event.exerciseId}#${event.checkId}`;
    noise = checkNoise(model.params, event.exerciseId, event.checkId, false);
    success = event.passed;
  } else if (event.type === 'quiz-answer') {
    key = event.itemId;
    noise = quizNoise(model.params, event.itemId, event.options);
    success = event.correct;
    options = event.options;
  } else return null;
  const factors = factorsFor(model, event.concepts.filter((c) => model.graph.concepts.has(c)));
  let a = 1;
  for (const f of factors) a *= 1 - f.strength * (1 - masteryOf(conceptState(before, model, f.id), event.at, model.params));
  const pass = noise.guess + (1 - noise.slip - noise.guess) * a;
  const z = success ? (a * (1 - noise.slip)) / pass : (a * noise.slip) / (1 - pass);
  const counts: NoiseCounts = { known: z, knownFail: success ? 0 : z, unknown: 1 - z, unknownPass: success ? 1 - z : 0 };
  if (options !== undefined) counts.options = options;
  return { key, counts };
}

/** Guess/slip per check from counts, shrunk towards `fallback`. */
export function noiseFromCounts(counts: NoiseCounts, fallback: GuessSlip, priorStrength = 10): GuessSlip {
  const slip = (counts.knownFail + priorStrength * fallback.slip) / (counts.known + priorStrength);
  const guess = (counts.unknownPass + priorStrength * fallback.guess) / (counts.unknown + priorStrength);
  // Keep the model identifiable: a check must be more likely passed by those who know.
  const g = Math.min(0.45, Math.max(0.01, guess));
  const s = Math.min(0.45, Math.max(0.01, slip));
  return g + s < 0.9 ? { guess: g, slip: s } : { guess: (g * 0.9) / (g + s), slip: (s * 0.9) / (g + s) };
}

/** Params with every check's guess/slip replaced by the learned values. */
export function paramsWithStats(params: Params, stats: CheckStats, priorStrength = 10): Params {
  const checks = { ...params.checks };
  for (const [key, counts] of Object.entries(stats)) {
    const fallback = key.includes('#') ? params.check : defaultQuizNoise(params, counts.options);
    checks[key] = noiseFromCounts(counts, params.checks[key] ?? fallback, priorStrength);
  }
  return { ...params, checks };
}

/** Total log-likelihood of the observed results under `model`, and the evidence counts. */
export function logLikelihood(logs: readonly LearningEvent[][], model: Model, withStats = true): { value: number; observations: number; stats: CheckStats } {
  let value = 0;
  let observations = 0;
  const stats: CheckStats = {};
  for (const log of logs) {
    let state = initialState();
    for (const event of log) {
      const p = predictEvent(state, event, model);
      if (p !== null) {
        const success = event.type === 'check-result' ? event.passed : event.type === 'quiz-answer' && event.correct;
        value += Math.log(Math.min(1 - 1e-9, Math.max(1e-9, success ? p : 1 - p)));
        observations++;
        if (withStats) accumulateCheckStats(stats, state, event, model);
      }
      state = applyEvent(state, event, model);
    }
  }
  return { value, observations, stats };
}

/** The scalar parameters fitted by search: how to read and write each, and its range (searched in log space). */
const SCALARS: { name: string; get: (p: Params) => number; set: (p: Params, x: number) => Params; lo: number; hi: number; memory: boolean }[] = [
  ...(['initial', 'placed', 'growth', 'lapse', 'implicit', 'spacing', 'decay'] as const).map((k) => ({
    name: `memory.${k}`,
    get: (p: Params) => p.memory[k],
    set: (p: Params, x: number) => ({ ...p, memory: { ...p.memory, [k]: x } }),
    lo: { initial: 0.05, placed: 0.5, growth: 1, lapse: 0.05, implicit: 1, spacing: 0.01, decay: 0.1 }[k],
    hi: { initial: 60, placed: 365, growth: 6, lapse: 2, implicit: 2, spacing: 8, decay: 20 }[k],
    memory: true,
  })),
  { name: 'ability.sd', get: (p) => p.ability.sd, set: (p, x) => ({ ...p, ability: { sd: x } }), lo: 0.05, hi: 3, memory: true },
  // How much prerequisites matter to what builds on them (the leak strengths of the response model).
  { name: 'requiresStrength', get: (p) => p.requiresStrength, set: (p, x) => ({ ...p, requiresStrength: x }), lo: 0.05, hi: 0.95, memory: true },
  { name: 'topicStrength', get: (p) => p.topicStrength, set: (p, x) => ({ ...p, topicStrength: x }), lo: 0.01, hi: 0.9, memory: true },
  // Last: how fast learning looks depends on how fast forgetting is believed to be.
  { name: 'learn', get: (p) => p.learn, set: (p, x) => ({ ...p, learn: x }), lo: 0.01, hi: 0.6, memory: false },
];

/**
 * EM for guess/slip per check and item, then coordinate ascent on the predictive
 * log-likelihood for the learn rate, the memory (forgetting) parameters and the spread of
 * learner ability: each by golden-section search in log space around its current value.
 */
export function fitParams(logs: readonly LearningEvent[][], model: Model, options: FitOptions = {}): FitResult {
  const iterations = options.iterations ?? 5;
  const strength = options.priorStrength ?? 10;
  const steps = options.steps ?? 12;
  // Strengths change the prerequisite factors, so the model is rebuilt for every candidate.
  const withParams = (params: Params): Model => createModel(model.graph, params);
  const first = logLikelihood(logs, model);
  let params = model.params;
  let current = first;
  const scalars = SCALARS.filter((s) => (s.memory ? (options.fitMemory ?? false) : (options.fitLearn ?? true)));
  for (let i = 0; i < iterations; i++) {
    // Each M-step starts from the defaults, not the previous fit, so counts are not shrunk twice.
    params = paramsWithStats({ ...params, checks: model.params.checks }, current.stats, strength);
    for (const s of scalars) {
      // Search a bracket around the current value that narrows with each iteration.
      const x0 = Math.log(s.get(params));
      const width = Math.log(4) / (i + 1);
      const lo = Math.max(Math.log(s.lo), x0 - width);
      const hi = Math.min(Math.log(s.hi), x0 + width);
      const best = goldenSection((x) => logLikelihood(logs, withParams(s.set(params, Math.exp(x))), false).value, lo, hi, steps);
      params = s.set(params, Math.round(Math.exp(best) * 1e4) / 1e4);
    }
    current = logLikelihood(logs, withParams(params));
  }
  return { params, logLikelihood: { before: first.value, after: current.value }, observations: first.observations, checks: Object.keys(current.stats).length };
}

function goldenSection(f: (x: number) => number, lo: number, hi: number, steps: number): number {
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < steps; i++) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - phi * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + phi * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}
