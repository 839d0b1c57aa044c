// Topic and concept ids come from the curriculum's own topic files, so an exercise can
// use any concept the roadmap defines and there is no second list to keep in step.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const topicsDir = path.resolve(import.meta.dirname, '../../curriculum/topics');

function readIds(): { topics: string[]; concepts: string[] } {
  const topics: string[] = [];
  const concepts: string[] = [];
  for (const dir of readdirSync(topicsDir).sort()) {
    try {
      const topic = parse(readFileSync(path.join(topicsDir, dir, 'topic.yaml'), 'utf8')) as { id?: unknown; concepts?: { id?: unknown }[] };
      if (typeof topic?.id === 'string') topics.push(topic.id);
      for (const concept of topic?.concepts ?? []) if (typeof concept?.id === 'string') concepts.push(concept.id);
    } catch {
      // A broken topic file is the curriculum checker's to report; its ids are simply unknown here.
    }
  }
  return { topics, concepts };
}

const ids = readIds();
export const TOPICS = ids.topics as [string, ...string[]];
export const CONCEPTS = ids.concepts as [string, ...string[]];

export const KINDS = ['async', 'http', 'sql', 'auth'] as const;
export type ExerciseKind = (typeof KINDS)[number];

/** Modules a learner may import, by exercise kind. */
export const MODULES_BY_KIND: Record<ExerciseKind, string[]> = {
  async: ['url'],
  http: ['express', 'url'],
  sql: ['express', 'db', 'url'],
  auth: ['express', 'db', 'bcrypt', 'jsonwebtoken', 'url'],
};

/** `node:url` and `url` are one module; other names are taken as written. */
export function moduleName(spec: string): string {
  return spec === 'node:url' ? 'url' : spec;
}
