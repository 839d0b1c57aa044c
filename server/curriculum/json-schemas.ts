// Generates the JSON Schemas editors use to validate and autocomplete curriculum YAML
// (through `# yaml-language-server: $schema=...` lines). The zod schemas stay the single
// source of truth; a test fails when the committed files drift from a fresh generation.
//   npx node server/curriculum/json-schemas.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ExerciseMetaSchema, HintsSchema } from './exercise-schema.ts';
import { LessonFrontMatterSchema, QuizSchema, RoadmapSchema, TopicSchema } from './schemas.ts';

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../curriculum/schemas');

const schemas = {
  'roadmap.schema.json': { schema: RoadmapSchema, title: 'Stepwise roadmap (curriculum/roadmap.yaml)' },
  'topic.schema.json': { schema: TopicSchema, title: 'Stepwise topic (curriculum/topics/<id>/topic.yaml)' },
  'quiz.schema.json': { schema: QuizSchema, title: 'Stepwise quiz (curriculum/topics/<id>/quiz.yaml)' },
  'lesson-front-matter.schema.json': {
    schema: LessonFrontMatterSchema,
    title: 'Stepwise lesson front matter (curriculum/topics/<id>/lesson.md)',
  },
  'exercise.schema.json': { schema: ExerciseMetaSchema, title: 'Stepwise exercise (exercises/<slug>/exercise.yaml)' },
  'hints.schema.json': { schema: HintsSchema, title: 'Stepwise hint ladder (exercises/<slug>/hints.yaml)' },
};

/** File name → file contents. `io: 'input'` describes what authors write, not what zod returns. */
export function generateJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, { schema, title }] of Object.entries(schemas)) {
    const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
    const json = { $schema, title, ...rest };
    out[file] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return out;
}

if (import.meta.main) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [file, text] of Object.entries(generateJsonSchemas())) {
    writeFileSync(join(SCHEMA_DIR, file), text);
    console.log(`wrote curriculum/schemas/${file}`);
  }
}
