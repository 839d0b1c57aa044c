// Memory for spaced review: FSRS-5 (stability/difficulty with a power forgetting curve).
// Grades are derived from evidence: a pass is "good" (3), a failure "again" (1). Practice
// that only exercises a concept as a prerequisite is a partial review, weighted by how
// strongly the practised concept depends on it (Math Academy's implicit repetition).
import type { Memory, Millis } from './types.ts';

const DECAY = -0.5;
const FACTOR = 19 / 81; // makes R(S) = 0.9
const DAY = 86_400_000;

export type Grade = 1 | 2 | 3 | 4;

export function elapsedDays(from: Millis, to: Millis): number {
  return Math.max(0, (to - from) / DAY);
}

/** Probability of recalling after `days` with stability `stability`. */
export function retrievability(days: number, stability: number): number {
  return Math.pow(1 + (FACTOR * days) / stability, DECAY);
}

export function recallAt(memory: Memory | null, now: Millis): number {
  return memory === null ? 1 : retrievability(elapsedDays(memory.lastAt, now), memory.stability);
}

/** Days after the last refresh at which recall reaches `retention`. */
export function intervalFor(stability: number, retention: number): number {
  return (stability / FACTOR) * (Math.pow(retention, 1 / DECAY) - 1);
}

export function initialMemory(w: readonly number[], grade: Grade, at: Millis): Memory {
  return { stability: Math.max(0.1, w[grade - 1]!), difficulty: initialDifficulty(w, grade), lastAt: at, reps: 1, lapses: grade === 1 ? 1 : 0 };
}

export function review(w: readonly number[], memory: Memory, grade: Grade, at: Millis): Memory {
  const days = elapsedDays(memory.lastAt, at);
  const r = retrievability(days, memory.stability);
  let stability: number;
  if (days < 1) {
    // Same-day repetitions: FSRS-5 short-term formula.
    stability = memory.stability * Math.exp(w[17]! * (grade - 3 + w[18]!));
  } else if (grade === 1) {
    const forget = w[11]! * Math.pow(memory.difficulty, -w[12]!) * (Math.pow(memory.stability + 1, w[13]!) - 1) * Math.exp(w[14]! * (1 - r));
    stability = Math.min(forget, memory.stability);
  } else {
    const hard = grade === 2 ? w[15]! : 1;
    const easy = grade === 4 ? w[16]! : 1;
    const growth = Math.exp(w[8]!) * (11 - memory.difficulty) * Math.pow(memory.stability, -w[9]!) * (Math.exp(w[10]! * (1 - r)) - 1);
    stability = memory.stability * (1 + growth * hard * easy);
  }
  return {
    stability: clamp(stability, 0.1, 36500),
    difficulty: nextDifficulty(w, memory.difficulty, grade),
    lastAt: at,
    reps: memory.reps + 1,
    lapses: memory.lapses + (grade === 1 ? 1 : 0),
  };
}

/**
 * A pass that used the concept only as a prerequisite: move stability and the refresh time
 * a `weight` fraction of the way to a full successful review. A weight near 0 changes
 * nothing; 1 is an explicit review.
 */
export function implicitReview(w: readonly number[], memory: Memory, weight: number, at: Millis): Memory {
  const full = review(w, memory, 3, at);
  return {
    stability: memory.stability + weight * (full.stability - memory.stability),
    difficulty: memory.difficulty,
    lastAt: memory.lastAt + weight * (at - memory.lastAt),
    reps: memory.reps,
    lapses: memory.lapses,
  };
}

function initialDifficulty(w: readonly number[], grade: Grade): number {
  return clamp(w[4]! - Math.exp(w[5]! * (grade - 1)) + 1, 1, 10);
}

function nextDifficulty(w: readonly number[], d: number, grade: Grade): number {
  const delta = -w[6]! * (grade - 3);
  const damped = d + (delta * (10 - d)) / 9;
  const reverted = w[7]! * initialDifficulty(w, 4) + (1 - w[7]!) * damped;
  return clamp(reverted, 1, 10);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
