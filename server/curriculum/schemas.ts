// Zod schemas for the curriculum files. Every object is strict so a typo in a key
// ("prerequisite:" for "prerequisites:") is an error instead of silently ignored data.
// Cross-file rules (unknown ids, cycles, coverage) live in checks.ts: a schema only
// sees one file.
import { z } from 'zod';

const slug = /^[a-z][a-z0-9-]*$/;
export const TopicId = z.string().regex(slug, 'topic ids are lowercase kebab-case');
export const ConceptId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/, 'concept ids look like <topic-id>.<slug>');
export const QuizItemId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*\.q-[a-z0-9-]+$/, 'quiz item ids look like <topic-id>.q-<slug>');
const text = z.string().trim().min(1);

export const ConceptSchema = z
  .object({
    id: ConceptId,
    title: text,
    summary: text,
    requires: z
      .array(ConceptId)
      .optional()
      .describe('Concepts a learner needs first; the adaptive engine blames these when this one fails.'),
  })
  .strict();

export const TopicSchema = z
  .object({
    id: TopicId,
    title: text,
    summary: text,
    level: z.enum(['core', 'advanced']),
    order: z.int().positive().describe('Position in the roadmap; core topics come first.'),
    prerequisites: z.array(TopicId).describe('Topics that must be solid before this one.'),
    concepts: z.array(ConceptSchema).min(1),
  })
  .strict();

export const LessonFrontMatterSchema = z
  .object({
    title: text,
    minutes: z.int().positive().max(120),
    concepts: z.array(ConceptId).min(1),
  })
  .strict();

export const QuizOptionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    text: text,
    correct: z.boolean(),
    feedback: text.optional().describe('Shown when the learner picks this option.'),
  })
  .strict();

// Fields every kind shares. `code` is an optional snippet shown with the prompt
// (required for output items, where it is the program whose output is asked for).
const itemBase = {
  id: QuizItemId,
  prompt: text,
  code: z.string().min(1).optional(),
  concepts: z.array(ConceptId).min(1),
  explanation: text.describe('Shown after answering, whatever the answer.'),
  difficulty: z.int().min(1).max(5).optional(),
};
const options = z.array(QuizOptionSchema).min(2);
const accept = z.array(text).min(1);

export const SingleItemSchema = z.object({ ...itemBase, kind: z.literal('single'), options }).strict();
export const MultipleItemSchema = z.object({ ...itemBase, kind: z.literal('multiple'), options }).strict();
export const ShortItemSchema = z
  .object({
    ...itemBase,
    kind: z.literal('short'),
    accept: accept.describe('Accepted answers, compared trimmed and case-insensitively.'),
  })
  .strict();
// An output item is answered either by typing the printed lines (`accept`: the lines in
// order, one string per console.log line) or by picking an option (whose text is the
// whole output, one printed line per text line). The code runs as an ES module.
export const OutputItemSchema = z
  .object({
    ...itemBase,
    kind: z.literal('output'),
    code: z.string().min(1),
    accept: accept.optional().describe('The printed lines, in order.'),
    options: options.optional(),
  })
  .strict()
  .refine((item) => (item.accept === undefined) !== (item.options === undefined), {
    message: 'an output item needs exactly one of `accept` (the printed lines) or `options`',
  });

export const QuizItemSchema = z.discriminatedUnion('kind', [
  SingleItemSchema,
  MultipleItemSchema,
  ShortItemSchema,
  OutputItemSchema,
]);
export const QuizSchema = z.object({ items: z.array(QuizItemSchema).min(1) }).strict();

export const RoadmapRuleSchema = z
  .object({
    when: TopicId.describe('The topic whose weakness triggers the rule.'),
    weak: z.literal(true),
    then: text.describe('What the learner should do, in plain words.'),
    topic: TopicId.describe('The topic the learner should not start yet.'),
    review: z.array(ConceptId).min(1).optional().describe('Concepts to review first.'),
  })
  .strict();

export const RoadmapSchema = z
  .object({
    id: TopicId,
    title: text,
    core: z.array(TopicId).min(1),
    advanced: z.array(TopicId),
    rules: z.array(RoadmapRuleSchema),
  })
  .strict();

export type Concept = z.infer<typeof ConceptSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type LessonFrontMatter = z.infer<typeof LessonFrontMatterSchema>;
export type QuizOption = z.infer<typeof QuizOptionSchema>;
export type QuizItem = z.infer<typeof QuizItemSchema>;
export type Quiz = z.infer<typeof QuizSchema>;
export type RoadmapRule = z.infer<typeof RoadmapRuleSchema>;
export type Roadmap = z.infer<typeof RoadmapSchema>;
