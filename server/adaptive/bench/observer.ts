// The best prediction any observer could make: a particle filter that knows the simulator
// exactly (its response, learning and forgetting rules, every item's difficulty and true
// concepts, how newcomers are drawn) but, like the engine, sees only what was attempted, when,
// and whether it succeeded. Its AUC on the engine's checks is what prediction can reach under
// the engine's policy; the ceiling row (the simulator's P given the hidden state) is not
// reachable by any observer, because learning and forgetting happen unseen.
import type { Rng } from '../rng.ts';
import { mulberry32, normal } from '../rng.ts';
import type { ConceptId } from '../types.ts';
import type { SimLearner } from './sim.ts';

export class ExactObserver {
  private particles: SimLearner[];
  private weights: Float64Array;
  private readonly rng: Rng;

  /** `spawn` draws a newcomer the way the simulator does (prior knowledge and ability). */
  constructor(rng: Rng, count: number, spawn: (rng: Rng) => SimLearner) {
    this.rng = rng;
    this.particles = Array.from({ length: count }, () => spawn(forked(rng)));
    this.weights = new Float64Array(count).fill(1 / count);
  }

  advance(now: number): void {
    for (const p of this.particles) p.advance(now);
  }

  /** P(success) of the next attempt, averaged over the hidden states still plausible. */
  predict(ref: string, floor: number): number {
    let sum = 0;
    for (let k = 0; k < this.particles.length; k++) sum += this.weights[k]! * this.particles[k]!.successProbability(ref, floor);
    return sum;
  }

  /** Weigh every hidden state by how well it explains the outcome, then let it learn and forget as the learner did. */
  observe(ref: string, floor: number, learnChance: number, success: boolean): void {
    let total = 0;
    for (let k = 0; k < this.particles.length; k++) {
      const p = this.particles[k]!.successProbability(ref, floor);
      total += this.weights[k]! *= success ? p : 1 - p;
    }
    for (let k = 0; k < this.weights.length; k++) this.weights[k]! /= total;
    for (const p of this.particles) p.practise(ref, success, learnChance);
    this.resampleIfDegenerate();
  }

  lesson(concepts: readonly ConceptId[]): void {
    for (const p of this.particles) p.lesson(concepts);
  }

  /**
   * Systematic resampling once the effective sample size halves. Copies get a small jitter
   * on ability (a regularised filter), or the continuous ability would collapse onto the few
   * values drawn at the start.
   */
  private resampleIfDegenerate(): void {
    const n = this.particles.length;
    let sq = 0;
    for (const w of this.weights) sq += w * w;
    if (1 / sq >= n / 2) return;
    const next: SimLearner[] = [];
    const step = 1 / n;
    let u = this.rng() * step;
    let cumulative = this.weights[0]!;
    let k = 0;
    for (let i = 0; i < n; i++) {
      while (u > cumulative && k < n - 1) cumulative += this.weights[++k]!;
      const src = this.particles[k]!;
      next.push(src.copy(forked(this.rng), src.ability + 0.1 * normal(this.rng)));
      u += step;
    }
    this.particles = next;
    this.weights.fill(1 / n);
  }
}

function forked(rng: Rng): Rng {
  return mulberry32(Math.floor(rng() * 2 ** 32));
}

/** Predictions and outcomes of the checks a watched learner attempted, in order. */
export interface Watched {
  predicted: number[];
  outcome: number[];
}

/**
 * Let the observer follow a simulated learner: every attempt is predicted before it happens,
 * then observed, and the passing of time and lessons are mirrored. Checks (keys with '#') are
 * recorded in `sink` in the order the engine's calibration records them.
 */
export function watchLearner(learner: SimLearner, observer: ExactObserver, sink: Watched): void {
  const { advance, attempt, lesson } = learner;
  learner.advance = (now) => {
    advance.call(learner, now);
    observer.advance(now);
  };
  learner.attempt = (ref, floor, learnChance) => {
    const predicted = observer.predict(ref, floor);
    const result = attempt.call(learner, ref, floor, learnChance);
    if (ref.includes('#')) {
      sink.predicted.push(predicted);
      sink.outcome.push(result.success ? 1 : 0);
    }
    observer.observe(ref, floor, learnChance, result.success);
    return result;
  };
  learner.lesson = (concepts) => {
    lesson.call(learner, concepts);
    observer.lesson(concepts);
  };
}
