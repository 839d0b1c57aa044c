// The shapes the learner pages read from the learning API (server/http/routes/learning.ts).

export type TopicLevel = 'core' | 'advanced';
export type MasteryLevel = 'not-started' | 'practising' | 'proficient' | 'mastered';
export type ConceptStatus = 'unknown' | 'learning' | 'mastered' | 'due';
export type PlacementStatus = 'none' | 'running' | 'done';

export interface ConceptSummary {
  id: string;
  title: string;
  summary: string;
}

export interface RoadmapTopic {
  id: string;
  title: string;
  summary: string;
  level: TopicLevel;
  order: number;
  prerequisites: string[];
  concepts: ConceptSummary[];
  lessonMinutes: number;
  quizItems: number;
  exercises: { id: string; title: string; kind: string; difficulty: number }[];
}

export interface RoadmapResponse {
  roadmap: { id: string; title: string; core: string[]; advanced: string[] };
  topics: RoadmapTopic[];
}

export type QuizKind = 'single' | 'multiple' | 'short' | 'output';

export interface QuizItem {
  id: string;
  kind: QuizKind | string;
  prompt: string;
  code?: string;
  concepts: string[];
  options?: { id: string; text: string }[];
}

export interface TopicResponse {
  topic: { id: string; title: string; summary: string; level: TopicLevel; prerequisites: string[]; concepts: ConceptSummary[] };
  lesson: { title: string; minutes: number; markdown: string };
  quiz: QuizItem[];
}

export type QuizAnswer = { optionIds: string[] } | { text: string };
export type Solution = { optionIds: string[] } | { accepted: string[] };

export interface StepItem {
  kind: 'exercise' | 'quiz' | 'lesson' | 'review' | 'diagnose';
  id: string;
  topicId: string;
  conceptIds: string[];
  checkId?: string;
}

export interface NextStep {
  item: StepItem;
  conceptId?: string;
  reason: string;
  why: 'failure-gap' | 'diagnose' | 'review' | 'new' | 'maintain';
  evidence?: unknown[];
}

export interface NextResponse {
  goal: string;
  placement: PlacementStatus;
  next: NextStep | null;
}

/** What marking one answer returns (quiz answers and placement answers share it). */
export interface AnswerResult {
  itemId: string;
  topicId?: string;
  correct: boolean;
  solution: Solution;
  explanation: string;
  feedback?: { optionId: string; text: string }[];
}

export interface QuizAnswerResponse extends AnswerResult {
  attemptId: string;
  next: NextStep | null;
}

export interface PlacementStart {
  attemptId: string;
  /** True when this continues an attempt that was already open. */
  resumed?: boolean;
  done: boolean;
  reason?: string;
  /** Questions answered so far in this attempt. */
  asked: number;
  item: QuizItem | null;
}

export interface PlacementAnswerResponse extends AnswerResult {
  done: boolean;
  asked: number;
  confidence?: number;
  reason?: string;
  item: QuizItem | null;
  next?: NextStep | null;
}

export interface ConceptProgress {
  id: string;
  title: string;
  mastery: number;
  learned: number;
  recall: number;
  status: ConceptStatus;
  attempts: number;
  passes: number;
  reviewDueAt: number | null;
}

export interface TopicProgress {
  topicId: string;
  title: string;
  level: MasteryLevel;
  mean: number;
  min: number;
  all: number;
  concepts: ConceptProgress[];
}

export interface ProgressResponse {
  goal: string;
  placement: PlacementStatus;
  events: number;
  topics: TopicProgress[];
}
