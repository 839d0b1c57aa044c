// Cold-start parameters. Guess/slip and learn rates are the usual BKT magnitudes from the
// knowledge-tracing literature; `adaptive:fit` replaces them with values fitted on real logs.
import type { Params } from './types.ts';

/** FSRS-5 default weights (open-spaced-repetition), fitted on millions of reviews. */
export const FSRS5_WEIGHTS: readonly number[] = [
  0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605,
  2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
];

export function defaultParams(overrides: Partial<Params> = {}): Params {
  return {
    prior: 0.2,
    priorByTopic: {},
    check: { guess: 0.15, slip: 0.1 },
    checks: {},
    quiz: { guess: 0.2, slip: 0.1 },
    learn: 0.2,
    learnByConcept: {},
    lessonLearn: 0.15,
    quizLearn: 0.03,
    requiresStrength: 0.6,
    topicStrength: 0.3,
    minStrength: 0.1,
    hintGuess: 0.5,
    mastered: 0.95,
    proficient: 0.8,
    diagnoseAbove: 0.6,
    retention: 0.9,
    testOutP: 0.96,
    placedStability: 10,
    fsrs: [...FSRS5_WEIGHTS],
    recentWindow: 30,
    placement: { maxQuestions: 12, minQuestions: 4, confidence: 0.97, particles: 3000, seed: 20240607 },
    ...overrides,
  };
}
