// Public entry point: read every file, run every check, and only hand out a curriculum
// when nothing at all is wrong. Problems are sorted by file and line so reports are
// stable between runs.
import { checkWorkspace } from './checks.ts';
import type { CheckOptions } from './checks.ts';
import type { Concept, LessonFrontMatter, QuizItem, Roadmap, Topic } from './schemas.ts';
import type { Problem } from './source.ts';
import { readWorkspace } from './workspace.ts';

export type { Problem } from './source.ts';
export type { CheckOptions } from './checks.ts';

export interface Lesson {
  frontMatter: LessonFrontMatter;
  /** Markdown after the front matter. */
  body: string;
}

export interface TopicEntry {
  topic: Topic;
  lesson: Lesson;
  quiz: QuizItem[];
}

export interface ConceptEntry extends Concept {
  topic: string;
}

export interface Curriculum {
  roadmap: Roadmap;
  /** Roadmap order: core topics, then advanced ones. */
  topics: TopicEntry[];
  /** Every concept by id, with its owning topic. */
  concepts: ReadonlyMap<string, ConceptEntry>;
}

export type LoadResult = { ok: true; curriculum: Curriculum } | { ok: false; problems: Problem[] };

export function loadCurriculum(rootDir: string, options: CheckOptions = {}): LoadResult {
  const ws = readWorkspace(rootDir);
  const problems = sortProblems([...ws.problems, ...checkWorkspace(ws, options)]);
  if (problems.length > 0) return { ok: false, problems };

  // No problems means every file parsed, so the non-null assertions below hold.
  const byId = new Map(ws.topics.map((files) => [files.dir, files]));
  const roadmap = ws.roadmap!;
  const topics = [...roadmap.core, ...roadmap.advanced].map((id): TopicEntry => {
    const files = byId.get(id)!;
    return { topic: files.topic!, lesson: files.lesson!, quiz: files.quizItems.map(({ item }) => item) };
  });
  const concepts = new Map<string, ConceptEntry>();
  for (const { topic } of topics) for (const concept of topic.concepts) concepts.set(concept.id, { ...concept, topic: topic.id });
  return { ok: true, curriculum: { roadmap, topics, concepts } };
}

/** Concept ids of `curriculum` that neither its quizzes nor `covered` touch. */
export function uncoveredConcepts(curriculum: Curriculum, covered: Iterable<string> = []): string[] {
  const seen = new Set(covered);
  for (const { quiz } of curriculum.topics) for (const item of quiz) for (const id of item.concepts) seen.add(id);
  return [...curriculum.concepts.keys()].filter((id) => !seen.has(id));
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
  return `${where}  ${p.message}  [${p.rule}]`;
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule),
  );
}
