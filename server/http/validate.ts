import type { z } from 'zod';
import { AppError } from '../errors.ts';

export interface FieldProblem {
  path: string;
  message: string;
}

/** Turns zod issues into `details` entries that name each field, unknown keys included. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: 'is not a known field' }));
    }
    return [{ path: base || '(body)', message: issue.message }];
  });
}

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', { details: describeIssues(parsed.error.issues) });
  return parsed.data;
}
