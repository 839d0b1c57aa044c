// Reading phase: every curriculum file is parsed and schema-checked on its own. Broken
// files do not stop the read; they are recorded with their problems so the cross-file
// checks can still run on everything that did parse.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LessonFrontMatterSchema, QuizItemSchema, RoadmapSchema, TopicSchema } from './schemas.ts';
import type { LessonFrontMatter, QuizItem, Roadmap, Topic } from './schemas.ts';
import { parseFrontMatter, parseYaml } from './source.ts';
import type { Problem, Source } from './source.ts';
import { validate } from './validate.ts';

export interface TopicFiles {
  /** The directory name, which must equal the topic id. */
  dir: string;
  topicSource?: Source;
  topic?: Topic;
  /** Concept ids found even when topic.yaml fails its schema, so references to them do not cascade. */
  declaredConceptIds: string[];
  lessonSource?: Source;
  lesson?: { frontMatter: LessonFrontMatter; body: string };
  quizSource?: Source;
  /** Items that passed their schema, with their index in the file for locating problems. */
  quizItems: { item: QuizItem; index: number }[];
  /** False when quiz.yaml is missing or unreadable as a whole. */
  quizValid: boolean;
}

export interface Workspace {
  roadmapSource?: Source;
  roadmap?: Roadmap;
  topics: TopicFiles[];
  problems: Problem[];
}

// Items are checked one by one so a single broken item does not hide the others from
// the cross-file checks.
const QuizShape = z.object({ items: z.array(z.unknown()).min(1) }).strict();

export function readWorkspace(rootDir: string): Workspace {
  const problems: Problem[] = [];
  const read = (file: string): string | undefined => {
    const full = join(rootDir, file);
    if (existsSync(full)) return readFileSync(full, 'utf8');
    problems.push({ file, message: `missing file ${file}`, rule: 'missing-file' });
    return undefined;
  };

  const workspace: Workspace = { topics: [], problems };
  const roadmapText = read('roadmap.yaml');
  if (roadmapText !== undefined) {
    const parsed = parseYaml('roadmap.yaml', roadmapText);
    problems.push(...parsed.problems);
    workspace.roadmapSource = parsed.source;
    if (parsed.problems.length === 0) {
      const result = validate(RoadmapSchema, parsed.value, parsed.source);
      problems.push(...result.problems);
      workspace.roadmap = result.data;
    }
  }

  for (const dir of topicDirs(rootDir, problems)) {
    workspace.topics.push(readTopic(dir, read, problems));
  }
  return workspace;
}

function topicDirs(rootDir: string, problems: Problem[]): string[] {
  const topicsDir = join(rootDir, 'topics');
  if (!existsSync(topicsDir)) {
    problems.push({ file: 'topics', message: 'missing topics/ directory', rule: 'missing-file' });
    return [];
  }
  return readdirSync(topicsDir)
    .filter((name) => statSync(join(topicsDir, name)).isDirectory())
    .sort();
}

function readTopic(dir: string, read: (file: string) => string | undefined, problems: Problem[]): TopicFiles {
  const base = `topics/${dir}`;
  const files: TopicFiles = { dir, declaredConceptIds: [], quizItems: [], quizValid: false };

  const topicText = read(`${base}/topic.yaml`);
  if (topicText !== undefined) {
    const parsed = parseYaml(`${base}/topic.yaml`, topicText);
    problems.push(...parsed.problems);
    files.topicSource = parsed.source;
    files.declaredConceptIds = conceptIdsOf(parsed.value);
    if (parsed.problems.length === 0) {
      const result = validate(TopicSchema, parsed.value, parsed.source);
      problems.push(...result.problems);
      files.topic = result.data;
    }
  }

  const lessonText = read(`${base}/lesson.md`);
  if (lessonText !== undefined) {
    const parsed = parseFrontMatter(`${base}/lesson.md`, lessonText);
    problems.push(...parsed.problems);
    files.lessonSource = parsed.source;
    if (parsed.problems.length === 0) {
      const result = validate(LessonFrontMatterSchema, parsed.value, parsed.source);
      problems.push(...result.problems);
      if (result.data) files.lesson = { frontMatter: result.data, body: parsed.body };
    }
  }

  const quizText = read(`${base}/quiz.yaml`);
  if (quizText !== undefined) {
    const parsed = parseYaml(`${base}/quiz.yaml`, quizText);
    problems.push(...parsed.problems);
    files.quizSource = parsed.source;
    if (parsed.problems.length === 0) {
      const shape = validate(QuizShape, parsed.value, parsed.source);
      problems.push(...shape.problems);
      files.quizValid = shape.problems.length === 0;
      (shape.data?.items ?? []).forEach((raw, index) => {
        const result = validate(QuizItemSchema, raw, parsed.source, ['items', index]);
        problems.push(...result.problems);
        if (result.data) files.quizItems.push({ item: result.data, index });
        else files.quizValid = false;
      });
    }
  }
  return files;
}

function conceptIdsOf(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const concepts = (raw as { concepts?: unknown }).concepts;
  if (!Array.isArray(concepts)) return [];
  return concepts
    .map((c: unknown) => (typeof c === 'object' && c !== null ? (c as { id?: unknown }).id : undefined))
    .filter((id): id is string => typeof id === 'string');
}
