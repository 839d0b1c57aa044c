export interface CheckHealth {
  id: string;
  title: string;
  results: number;
  failed: number;
  failRate: number | null;
  flag: 'almost-never-fails' | 'almost-always-fails' | null;
}

export interface ExerciseHealth {
  id: string;
  title: string;
  kind: string;
  topic: string;
  attempts: number;
  learners: number;
  passRate: number | null;
  medianAttemptsToPass: number | null;
  checks: CheckHealth[];
  misconceptions: { file: string; misconception: string; fails: string[]; matches: number }[];
}

export interface QuizItemHealth {
  id: string;
  topic: string;
  kind: string;
  prompt: string;
  answers: number;
  successRate: number | null;
  choices: { id: string; text: string; correct: boolean; chosen: number }[];
}

export interface Problem {
  file: string;
  line?: number;
  column?: number;
  message: string;
  rule: string;
}

export interface Health {
  exercises: ExerciseHealth[];
  quizItems: QuizItemHealth[];
  flaggedChecks: (CheckHealth & { exerciseId: string })[];
  problems: Problem[];
}

export const percent = (value: number | null) => (value === null ? 'no data' : `${Math.round(value * 100)}%`);
