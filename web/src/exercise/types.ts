// The shapes the exercise page reads from the API (server/grader/report.ts, version 1).
import type { Ref } from 'react';

export interface ExerciseCheck {
  id: string;
  title: string;
  concepts: string[];
}

export interface Exercise {
  id: string;
  title: string;
  kind: string;
  topic: string;
  concepts: string[];
  difficulty: number;
  prompt: string;
  starter: string;
  checks: ExerciseCheck[];
  hintCount: number;
}

export interface HttpMessage {
  method?: string;
  path?: string;
  status?: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface HttpExchange {
  request: HttpMessage;
  response?: HttpMessage;
}

export interface CheckResult {
  id: string;
  title: string;
  concepts: string[];
  passed: boolean;
  kind?: string;
  message?: string;
  expected?: unknown;
  actual?: unknown;
  durationMs: number;
  http?: HttpExchange[];
}

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface ReportError {
  kind: string;
  message: string;
  location?: SourceLocation;
  stack?: string[];
}

export interface GradeReport {
  version: 1;
  exercise: string;
  status: 'pass' | 'fail' | 'error';
  summary: { passed: number; failed: number; total: number };
  error?: ReportError;
  checks: CheckResult[];
  console: { lines: { stream: 'out' | 'err'; text: string }[]; truncated: boolean };
  usage: { cpuMs: number; wallMs: number; requests: number };
}

export interface SubmissionSummary {
  id: string;
  exerciseId?: string;
  status: GradeReport['status'];
  passed: number;
  total: number;
  durationMs: number;
  createdAt: string;
}

export interface SubmitResponse {
  submission: SubmissionSummary;
  report: GradeReport;
}

export interface StoredSubmission {
  submission: SubmissionSummary;
  code: string;
  report: GradeReport;
}

/** What the engine based a step on: results it saw, and where the learner stands on a concept. */
export type StepEvidence =
  | { kind: 'concept'; id: string; title: string; mastery: number; recall?: number; attempts?: number }
  | { kind: 'check' | 'quiz'; ref: string; title: string; passed: boolean; at?: number; concepts?: string[] };

export interface NextStep {
  item: { kind: 'exercise' | 'quiz' | 'lesson' | 'review' | 'diagnose'; id: string; topicId: string; conceptIds: string[]; checkId?: string };
  /** The concept the step works on. */
  conceptId?: string;
  reason: string;
  why: 'failure-gap' | 'diagnose' | 'review' | 'new' | 'maintain';
  evidence?: StepEvidence[];
}

export interface NextResponse {
  goal: string;
  placement: string;
  next: NextStep | null;
}

/** A place in the learner's code, 1-based like the grader's report. */
export interface CodeProblem {
  line: number;
  column: number;
  message: string;
}

/** What the page can ask of the (lazily loaded) editor. */
export interface EditorHandle {
  /** Replaces the whole document (undoable). */
  setCode: (code: string) => void;
  /** Moves the cursor to a 1-based line and column and focuses the editor. */
  focusAt: (line: number, column: number) => void;
}

export interface EditorProps {
  initialCode: string;
  onChange: (code: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  problem: CodeProblem | null;
  labelledBy: string;
  describedBy?: string;
  handleRef?: Ref<EditorHandle>;
}
