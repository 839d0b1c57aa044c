// Zod schemas for exercises/<slug>/exercise.yaml and hints.yaml: the checker and the grader's
// loadExercise both parse with these. Topics and concepts are plain ids here and are checked
// against the curriculum afterwards, so an unknown concept gets its own rule and line instead
// of a long enum message.
import { z } from 'zod';
import { KINDS } from '../grader/catalog.ts';
import { LimitsSchema } from '../grader/limits.ts';
import { ConceptId, TopicId } from './schemas.ts';

export const ExerciseSlug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case');

export const WrongEntrySchema = z
  .object({
    file: z.string().regex(/^[\w.-]+\.(ts|js)$/, 'a file name in wrong/, ending in .ts or .js'),
    misconception: z.string().min(10).describe('The mistaken belief this solution represents, in a learner-facing sentence.'),
    fails: z.array(z.string()).min(1).describe('Ids of exactly the checks this solution must fail.'),
  })
  .strict();

export const ExerciseMetaSchema = z
  .object({
    id: ExerciseSlug.describe('Stable id; equals the directory name.'),
    title: z.string().min(3),
    kind: z.enum(KINDS),
    topic: TopicId,
    concepts: z.array(ConceptId).min(1),
    difficulty: z.number().int().min(1).max(5),
    exports: z
      .array(z.string().regex(/^[A-Za-z_$][\w$]*$/))
      .optional()
      .describe('Named exports the learner module must provide; required for async exercises.'),
    limits: LimitsSchema.optional().describe('May only tighten the global limits.'),
    wrong: z.array(WrongEntrySchema).default([]),
  })
  .strict();

// Counted by hand so the message says how many there are.
export const HintsSchema = z.array(z.string().min(5)).superRefine((hints, ctx) => {
  if (hints.length !== 3) ctx.addIssue({ code: 'custom', message: `must list exactly 3 hints, from a nudge to nearly the answer (has ${hints.length})` });
});

export type ExerciseMeta = z.infer<typeof ExerciseMetaSchema>;
