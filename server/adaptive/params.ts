// Cold-start parameters. Guess/slip and learn rates are the usual BKT magnitudes from the
// knowledge-tracing literature; `adaptive:fit` replaces them with values fitted on real logs.
import type { MemoryParams, Params } from './types.ts';

/**
 * Cold-start memory parameters, of FSRS's magnitudes (FSRS-5 defaults: a first "good"
 * answer gives about 3 days of stability, decay 0.5). Learners differ from flashcard users,
 * so `fitParams` refits all of them from stored logs.
 */
export const DEFAULT_MEMORY: Readonly<MemoryParams> = { initial: 3, placed: 10, growth: 1.5, lapse: 0.6, implicit: 1.1, spacing: 3, decay: 0.5 };

export function defaultParams(overrides: Partial<Params> = {}): Params {
  return {
    prior: 0.2,
    priorByTopic: {},
    check: { guess: 0.15, slip: 0.1 },
    checks: {},
    // Quiz guess is on top of blind chance (model.ts defaultQuizNoise). Placement bench at
    // 500 learners: 89.5% per-concept accuracy with blind-chance guessing, 90.4% at 0.15.
    quiz: { guess: 0.15, slip: 0.1 },
    learn: 0.2,
    learnByConcept: {},
    lessonLearn: 0.15,
    quizLearn: 0.03,
    requiresStrength: 0.6,
    topicStrength: 0.3,
    minStrength: 0.1,
    hintGuess: 0.5,
    // Above 0.95 so that, with beliefs slightly off (credit from test-outs, lucky passes on
    // checks that are easy to guess), at least 95% of "mastered" verdicts are true. Bench with
    // the gap search skipping what builds on a concept being taught: 95.0% true at 0.96,
    // 95.5% at 0.97, and cold start needs no more steps (clean 54.9% -> 55.5% fewer than fixed).
    mastered: 0.97,
    proficient: 0.8,
    diagnoseAbove: 0.6,
    probeAbove: 0.1,
    retention: 0.9,
    testOutP: 0.9,
    memory: { ...DEFAULT_MEMORY },
    ability: { sd: 0.8 },
    recentWindow: 30,
    // standalone: placement bench over four particle seeds, 90.0% mean accuracy without it,
    // 90.8% at 0.2 (90.8-90.9% anywhere in 0.15-0.35).
    placement: { maxQuestions: 12, minQuestions: 4, confidence: 0.97, particles: 3000, seed: 20240607, standalone: 0.2 },
    ...overrides,
  };
}
