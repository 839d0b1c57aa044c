// The grader's result, versioned: the API stores it and the web app renders it.
import { z } from 'zod';

export const FATAL_KINDS = ['time-limit', 'memory-limit', 'unhandled-rejection', 'uncaught-exception'] as const;
export type FatalKind = (typeof FATAL_KINDS)[number];

/** Why one check failed, in terms a learner can act on. */
export const CheckFailureKind = z.enum([
  'assertion', 'timeout', 'not-awaited', 'never-settled', 'output-limit', 'request-limit', 'check-budget', 'not-run',
  ...FATAL_KINDS,
]);

/** Why nothing (or not everything) could be graded. */
export const ErrorKind = z.enum([
  'too-large', 'compile-error', 'module-not-available', 'load-error', 'missing-export', 'no-checks', 'internal',
  ...FATAL_KINDS,
]);

const Location = z.object({ file: z.string(), line: z.number().int(), column: z.number().int() }).strict();

const HttpMessage = z.object({
  method: z.string().optional(),
  path: z.string().optional(),
  status: z.number().int().optional(),
  headers: z.record(z.string(), z.string()),
  body: z.unknown().optional(),
}).strict();

export const CheckResult = z.object({
  id: z.string(),
  title: z.string(),
  concepts: z.array(z.string()),
  passed: z.boolean(),
  kind: CheckFailureKind.optional(),
  message: z.string().optional(),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
  durationMs: z.number(),
  http: z.array(z.object({ request: HttpMessage, response: HttpMessage.optional() }).strict()).optional(),
}).strict();

export const GradeReport = z.object({
  version: z.literal(1),
  exercise: z.string(),
  status: z.enum(['pass', 'fail', 'error']),
  summary: z.object({ passed: z.number().int(), failed: z.number().int(), total: z.number().int() }).strict(),
  error: z.object({
    kind: ErrorKind,
    message: z.string(),
    location: Location.optional(),
    stack: z.array(z.string()).optional(),
  }).strict().optional(),
  checks: z.array(CheckResult),
  console: z.object({
    lines: z.array(z.object({ stream: z.enum(['out', 'err']), text: z.string() }).strict()),
    truncated: z.boolean(),
  }).strict(),
  usage: z.object({ cpuMs: z.number(), wallMs: z.number(), requests: z.number().int() }).strict(),
}).strict();

export type GradeReport = z.infer<typeof GradeReport>;
export type CheckResult = z.infer<typeof CheckResult>;
export type CheckFailureKind = z.infer<typeof CheckFailureKind>;
export type ErrorKind = z.infer<typeof ErrorKind>;

/** An error as the driver describes it: plain strings, never a learner object. */
export interface ErrorInfo { name: string; message: string; stack: string; code?: string }

export const FATAL_MESSAGES: Record<FatalKind, string> = {
  'time-limit': 'time limit: your code used more CPU or wall time than this exercise allows (look for an infinite loop or a loop that never waits)',
  'memory-limit': 'memory limit: your code used more memory than this exercise allows (look for an array or string that keeps growing)',
  'unhandled-rejection': 'unhandled promise rejection: a promise was rejected and nothing caught it (add await inside try/catch, or .catch())',
  'uncaught-exception': 'uncaught exception: an error was thrown where nothing could catch it, which would crash a real Node.js server',
};

/** Status rule: error when nothing was graded, pass only when every check passed (never zero checks). */
export function statusOf(checks: CheckResult[], error: GradeReport['error']): GradeReport['status'] {
  const graded = checks.filter((c) => c.kind !== 'not-run');
  if (graded.length === 0) return 'error';
  if (error) return 'fail';
  return checks.every((c) => c.passed) ? 'pass' : 'fail';
}
