// Memory for spaced review. The forgetting curve is FSRS-6's power curve with a trainable
// decay, R(t) = (1 + f t / S)^-decay with f chosen so that R(S) = 0.9: a small decay gives
// FSRS's long tail, a large one approaches an exponential. Stability S (days until recall
// falls to 90%) is kept for the learner *given that they know the concept*, and it moves
// with evidence:
//   - a direct success multiplies it by `growth`, more when recall had dropped (spacing
//     effect, as in FSRS: growth * exp(spacing * (1 - R)));
//   - a direct failure of a known concept multiplies it by `lapse`;
//   - knowledge that was only just learned starts at `initial`; knowledge a learner brought
//     along (prior, placement, test-out) at `placed`;
//   - practice that only exercises a concept as a prerequisite multiplies it by
//     `implicit^strength` (Math Academy's implicit repetition).
// When one observation mixes "already knew it" with "learned it just now", the new
// stability is the geometric mean of the two, weighted by their probabilities. Every one of
// these numbers is refit from stored logs by fitParams (forgetting is the thing that differs
// most between populations, so the defaults are only a cold start).
import type { Memory, MemoryParams, Millis } from './types.ts';

const DAY = 86_400_000;

export function elapsedDays(from: Millis, to: Millis): number {
  return Math.max(0, (to - from) / DAY);
}

let cachedDecay = NaN;
let cachedFactor = NaN;
/** f with R(S) = 0.9 for this decay (memoised: the decay rarely changes). */
function curveFactor(decay: number): number {
  if (decay !== cachedDecay) {
    cachedDecay = decay;
    cachedFactor = Math.pow(0.9, -1 / decay) - 1;
  }
  return cachedFactor;
}

/** Probability of recalling after `days` with stability `stability`. */
export function retrievability(days: number, stability: number, decay: number): number {
  if (days <= 0) return 1;
  return Math.pow(1 + (curveFactor(decay) * days) / stability, -decay);
}

export function recallAt(memory: Memory | null, now: Millis, decay: number): number {
  return memory === null ? 1 : retrievability(elapsedDays(memory.lastAt, now), memory.stability, decay);
}

/** Days after the last refresh at which recall reaches `retention`. */
export function intervalFor(stability: number, retention: number, decay: number): number {
  return (stability / curveFactor(decay)) * (Math.pow(retention, -1 / decay) - 1);
}

/**
 * Memory after direct evidence at `at`. `known` is P(knew it before | outcome), `learned`
 * the probability added by learning from this attempt (or lesson). Null stays null only
 * when nothing is known at all.
 */
export function updateMemory(mp: MemoryParams, memory: Memory | null, known: number, learned: number, success: boolean | null, at: Millis): Memory | null {
  const total = known + learned;
  if (total <= 0) return memory;
  let logKnown: number;
  if (memory) {
    const r = recallAt(memory, at, mp.decay);
    const factor = success === null ? 1 : success ? mp.growth * Math.exp(mp.spacing * (1 - r)) : mp.lapse;
    logKnown = Math.log(memory.stability * factor);
  } else {
    // Knowledge from before the first evidence is knowledge the learner brought along.
    const factor = success === null ? 1 : success ? mp.growth : mp.lapse;
    logKnown = Math.log(mp.placed * factor);
  }
  const stability = Math.exp((known * logKnown + learned * Math.log(mp.initial)) / total);
  return {
    stability: clamp(stability, 0.05, 36500),
    lastAt: at,
    reps: (memory?.reps ?? 0) + (success === null ? 0 : 1),
    lapses: (memory?.lapses ?? 0) + (success === false ? 1 : 0),
  };
}

/**
 * A success that used the concept only as a prerequisite with the given strength: stability
 * grows by implicit^strength and the refresh time moves that fraction of the way to now.
 * No explicit review is counted.
 */
export function implicitReview(mp: MemoryParams, memory: Memory, strength: number, at: Millis): Memory {
  return {
    stability: clamp(memory.stability * Math.pow(mp.implicit, strength), 0.05, 36500),
    lastAt: memory.lastAt + strength * (at - memory.lastAt),
    reps: memory.reps,
    lapses: memory.lapses,
  };
}

/** Memory of knowledge credited by placement or test-out. */
export function placedMemory(mp: MemoryParams, at: Millis): Memory {
  return { stability: mp.placed, lastAt: at, reps: 0, lapses: 0 };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
