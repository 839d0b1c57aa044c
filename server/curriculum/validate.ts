// Turns zod issues into located problems: one problem per issue, and one per unknown key
// so each misspelt key points at its own line.
import type { z } from 'zod';
import { problemAt } from './source.ts';
import type { PathSegment, Problem, Source } from './source.ts';

export function validate<T>(
  schema: z.ZodType<T>,
  value: unknown,
  source: Source,
  basePath: readonly PathSegment[] = [],
): { data?: T; problems: Problem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const path = [...basePath, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(problemAt(source, [...path, key], 'schema', `${describePath(path)}unknown key "${key}"`, true));
      }
    } else {
      problems.push(problemAt(source, path, 'schema', `${describePath(path)}${issue.message}`, true));
    }
  }
  return { problems };
}

/** `items[2].options[0].text: ` — the prefix that tells an author which value is wrong. */
export function describePath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += `${out ? '.' : ''}${String(segment)}`;
  }
  return `${out}: `;
}
