// Shared types of the adaptive engine. Everything here is plain data (JSON-safe), so the
// server can persist events and states as they are and replays see exactly the same input.

export type ConceptId = string;
export type TopicId = string;
/** Milliseconds since the epoch. The engine never reads a clock: every time is passed in. */
export type Millis = number;

// ---------------------------------------------------------------------------------------
// Curriculum input (plain data, built by whoever loads the curriculum files)

export interface GraphInput {
  topics: TopicInput[];
  exercises?: ExerciseInput[];
  quizItems?: QuizItemInput[];
  lessons?: LessonInput[];
}

export interface TopicInput {
  id: TopicId;
  title: string;
  level: 'core' | 'advanced';
  order: number;
  prerequisites: TopicId[];
  concepts: { id: ConceptId; title: string; requires?: ConceptId[] }[];
}

export interface ExerciseInput {
  id: string;
  topicId: TopicId;
  title?: string;
  checks: { id: string; title: string; concepts: ConceptId[] }[];
}

export interface QuizItemInput {
  id: string;
  topicId: TopicId;
  concepts: ConceptId[];
  /** How many answers a blind guess chooses among (options, or 2^n - 1 subsets for multiple choice): sets the guess rate. Omitted for typed answers. */
  options?: number;
  prompt?: string;
}

export interface LessonInput {
  id: string;
  topicId: TopicId;
  title?: string;
  concepts: ConceptId[];
}

// ---------------------------------------------------------------------------------------
// Learning events (the log the server persists; state = fold(applyEvent, events))

export type QuizKind = 'placement' | 'topic' | 'diagnose' | 'review' | 'test-out';
/** A topic id, or 'core' for the whole core roadmap. */
export type Goal = TopicId | 'core';

export interface CheckResultEvent {
  type: 'check-result';
  exerciseId: string;
  checkId: string;
  /** The check's concept tags when it ran (kept on the event so a later re-tag cannot rewrite history). */
  concepts: ConceptId[];
  passed: boolean;
  at: Millis;
}
export interface QuizAnswerEvent {
  type: 'quiz-answer';
  itemId: string;
  concepts: ConceptId[];
  correct: boolean;
  kind: QuizKind;
  /** How many answers a blind guess chose among (chance 1/options); omitted for typed answers. */
  options?: number;
  at: Millis;
}
export interface HintUsedEvent {
  type: 'hint-used';
  exerciseId: string;
  checkId?: string;
  at: Millis;
}
export interface GoalSetEvent {
  type: 'goal-set';
  goal: Goal;
  at: Millis;
}
export interface LessonViewedEvent {
  type: 'lesson-viewed';
  lessonId: string;
  concepts: ConceptId[];
  at: Millis;
}
export interface PlacementStartedEvent {
  type: 'placement-started';
  at: Millis;
}
export interface PlacementFinishedEvent {
  type: 'placement-finished';
  at: Millis;
}
export interface TestOutEvent {
  type: 'test-out';
  topicId: TopicId;
  passed: boolean;
  at: Millis;
}

export type LearningEvent =
  | CheckResultEvent
  | QuizAnswerEvent
  | HintUsedEvent
  | GoalSetEvent
  | LessonViewedEvent
  | PlacementStartedEvent
  | PlacementFinishedEvent
  | TestOutEvent;

// ---------------------------------------------------------------------------------------
// Learner state

/** Memory state for review (see review.ts); exists once the concept has any evidence. */
export interface Memory {
  /** Days until recall probability falls to 90%, for a learner who knows the concept. */
  stability: number;
  /** When the memory was last refreshed; implicit practice moves it only part of the way. */
  lastAt: Millis;
  reps: number;
  lapses: number;
}

/**
 * The learner's general ability in logits (an Elo/IRT-style term): it shifts the chance of
 * passing every item, whether the concepts are known or not. A Gaussian belief, updated
 * after every answer by one Laplace step.
 */
export interface Ability {
  mean: number;
  /** Fisher information gathered so far: variance = 1 / (1 / sd^2 + info). */
  info: number;
}

export interface ConceptState {
  /** P(known) at time `pAt`; forgetting since then is applied on read (see mastery()). */
  p: number;
  pAt: Millis | null;
  memory: Memory | null;
  /** Direct evidence: checks and quiz answers tagged with the concept. */
  attempts: number;
  passes: number;
  /** Times the concept received credit or blame only as a prerequisite of what was practised. */
  implicit: number;
  /**
   * Log-odds the belief moved by such credit or blame since the last direct evidence, so the
   * gap search can tell a concept's own evidence from what its dependents said about it.
   */
  leak: number;
  lastEvidenceAt: Millis | null;
}

/** One piece of direct evidence, kept so that reasons can name it. */
export interface EvidenceRecord {
  source: 'check' | 'quiz';
  /** `exerciseId#checkId` for checks, the item id for quiz answers. */
  ref: string;
  exerciseId?: string;
  concepts: ConceptId[];
  passed: boolean;
  hinted: boolean;
  quizKind?: QuizKind;
  at: Millis;
  /**
   * P(every tagged concept known) under the belief just before this result. The gap search
   * weighs "nothing is missing" by it: today's beliefs have already absorbed the result.
   */
  knownBefore?: number;
}

export interface LearnerState {
  version: 2;
  /** Only concepts that received evidence; the others are at their prior. */
  concepts: Record<ConceptId, ConceptState>;
  goal: Goal;
  /** Most recent direct evidence, newest last, bounded by params.recentWindow. */
  recent: EvidenceRecord[];
  /** Hints taken per exercise since its last check result. */
  hints: Record<string, number>;
  lessonsViewed: string[];
  placement: { status: 'none' | 'running' | 'done'; answers: { itemId: string; correct: boolean }[] };
  testedOut: TopicId[];
  ability: Ability;
  events: number;
  lastAt: Millis | null;
}

// ---------------------------------------------------------------------------------------
// Parameters

export interface GuessSlip {
  guess: number;
  slip: number;
}

/** Forgetting and memory growth (see review.ts); refit from logs by fitParams. */
export interface MemoryParams {
  /** Stability (days) of a concept just learned. */
  initial: number;
  /** Stability of knowledge brought along (prior knowledge, placement, test-out). */
  placed: number;
  /** Stability factor per direct success, before the spacing bonus. */
  growth: number;
  /** Stability factor per direct failure of a known concept. */
  lapse: number;
  /** Stability factor per success that used the concept as a prerequisite (strength 1). */
  implicit: number;
  /** Spacing effect: growth is multiplied by exp(spacing * (1 - recall)). */
  spacing: number;
  /** Shape of the forgetting curve (FSRS-6's trainable decay). */
  decay: number;
}

export interface Params {
  /** P(known) before any evidence, per topic or overall. */
  prior: number;
  priorByTopic: Record<TopicId, number>;
  /** Default check noise; `checks` overrides per `exerciseId#checkId` (fitted or learned online). */
  check: GuessSlip;
  checks: Record<string, GuessSlip>;
  /**
   * Quiz noise before data: slip, and the guess rate of a learner without the concept as a
   * share of what blind chance leaves (so a free-response item guesses at `guess`, a
   * four-option item at 0.25 + 0.75 × guess).
   */
  quiz: GuessSlip;
  /** P(learning a concept from one attempt at it), given its prerequisites are known. */
  learn: number;
  learnByConcept: Record<ConceptId, number>;
  lessonLearn: number;
  quizLearn: number;
  /**
   * How much an unknown prerequisite spoils work on what builds on it: a check succeeds
   * despite an unknown prerequisite with probability 1 - strength, where strength is the
   * product along the prerequisite path (concept `requires` edges and the weaker edges
   * implied by topic prerequisites). Ancestors weaker than `minStrength` are ignored.
   */
  requiresStrength: number;
  topicStrength: number;
  minStrength: number;
  /** A hint lets a learner pass without knowing: the check's guess rate rises to this. */
  hintGuess: number;
  /** Thresholds on P(known now). */
  mastered: number;
  proficient: number;
  /** Suspected prerequisites above this are asked about (diagnosis) rather than taught. */
  diagnoseAbove: number;
  /** A prerequisite that is at least this likely the root gap behind failures is probed or taught first. */
  probeAbove: number;
  /** Desired recall: a learned concept whose recall drops below this is due for review. */
  retention: number;
  testOutP: number;
  memory: MemoryParams;
  /** Prior spread (logits) of learner ability; 0 turns the ability term off. */
  ability: { sd: number };
  recentWindow: number;
  placement: {
    maxQuestions: number;
    minQuestions: number;
    confidence: number;
    particles: number;
    seed: number;
    /** Prior share of learners who know a topic that builds on no other (like SQL) from elsewhere. */
    standalone: number;
  };
}

// ---------------------------------------------------------------------------------------
// Decisions

export type ItemKind = 'exercise' | 'quiz' | 'lesson' | 'review' | 'diagnose';

export interface StepItem {
  kind: ItemKind;
  /** Exercise id, quiz item id or lesson id. */
  id: string;
  topicId: TopicId;
  conceptIds: ConceptId[];
  /** For exercises: the check the choice was made for. */
  checkId?: string;
}

export type StepEvidence =
  | { kind: 'check' | 'quiz'; ref: string; title: string; passed: boolean; at: Millis; concepts: ConceptId[] }
  | { kind: 'concept'; id: ConceptId; title: string; mastery: number; recall: number; attempts: number };

export interface NextStep {
  item: StepItem;
  /** The concept the step is for. */
  conceptId: ConceptId;
  reason: string;
  /** Machine-readable grounds of the reason. */
  why: 'failure-gap' | 'diagnose' | 'review' | 'new' | 'maintain';
  evidence: StepEvidence[];
}

export type MasteryLevel = 'not-started' | 'practising' | 'proficient' | 'mastered';
export type ConceptStatus = 'unknown' | 'learning' | 'mastered' | 'due';
