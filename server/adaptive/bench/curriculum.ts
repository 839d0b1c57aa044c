// The benchmark's curriculum: the real topic and quiz files where they exist, a built-in
// copy of the 13-topic core graph for topics not written yet, the real exercises
// (exercises/<slug>/: exercise.yaml for the exercise, checks.ts for its checks and their
// concept tags), and synthesized exercises only for concepts no real check is tagged with.
// Only the benchmark does I/O; the engine does not.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { QuizItem } from '../../curriculum/schemas.ts';
import { blindChoices } from '../../services/quiz-grading.ts';
import type { Rng } from '../rng.ts';
import type { ExerciseInput, GraphInput, LessonInput, QuizItemInput, TopicInput } from '../types.ts';

type C = [id: string, title: string, requires?: string[]];
const T = (id: string, title: string, order: number, prerequisites: string[], concepts: C[]): TopicInput => ({
  id,
  title,
  level: 'core',
  order,
  prerequisites,
  concepts: concepts.map(([cid, ctitle, requires]) => (requires ? { id: `${id}.${cid}`, title: ctitle, requires } : { id: `${id}.${cid}`, title: ctitle })),
});

/** Used for topics whose files are missing; ids match the canonical concept list. */
export const BUILTIN_CORE: TopicInput[] = [
  T('js-fundamentals', 'JavaScript fundamentals', 1, [], [
    ['functions-as-values', 'Functions as values'],
    ['array-object-methods', 'Array and object methods', ['js-fundamentals.functions-as-values']],
    ['modules', 'Modules'],
    ['closures', 'Closures', ['js-fundamentals.functions-as-values']],
    ['destructuring-spread', 'Destructuring and spread'],
  ]),
  T('async-js', 'Asynchronous JavaScript', 2, ['js-fundamentals'], [
    ['callbacks', 'Callbacks', ['js-fundamentals.functions-as-values']],
    ['promises', 'Promises', ['async-js.callbacks']],
    ['async-await', 'async/await', ['async-js.promises']],
    ['error-handling', 'Async error handling', ['async-js.async-await']],
    ['promise-combinators', 'Promise combinators', ['async-js.promises', 'js-fundamentals.array-object-methods']],
    ['event-loop', 'The event loop', ['async-js.callbacks', 'async-js.promises']],
    ['non-blocking', 'Blocking vs non-blocking', ['async-js.event-loop']],
  ]),
  T('http', 'HTTP', 3, ['js-fundamentals'], [
    ['request-response', 'Requests and responses'],
    ['methods', 'HTTP methods', ['http.request-response']],
    ['status-codes', 'Status codes', ['http.request-response']],
    ['headers', 'Headers', ['http.request-response']],
    ['json', 'JSON bodies', ['http.headers']],
    ['idempotency', 'Idempotency', ['http.methods']],
  ]),
  T('node-runtime', 'The Node.js runtime', 4, ['async-js'], [
    ['npm-scripts', 'npm and scripts', ['js-fundamentals.modules']],
    ['core-modules', 'Core modules', ['js-fundamentals.modules', 'async-js.callbacks']],
    ['streams-buffers', 'Streams and buffers', ['node-runtime.core-modules', 'async-js.non-blocking']],
    ['error-kinds', 'Kinds of errors', ['async-js.error-handling']],
    ['worker-threads', 'Worker threads', ['async-js.non-blocking']],
  ]),
  T('express', 'Express', 5, ['async-js', 'http', 'node-runtime'], [
    ['routes', 'Routes', ['http.request-response', 'http.methods']],
    ['params', 'Route parameters', ['express.routes']],
    ['query', 'Query strings', ['express.routes']],
    ['body-parsing', 'Body parsing', ['express.routes', 'http.json']],
    ['middleware', 'Middleware', ['express.routes', 'js-fundamentals.functions-as-values']],
    ['routers', 'Routers', ['express.middleware', 'js-fundamentals.modules']],
    ['error-middleware', 'Error middleware', ['express.middleware', 'async-js.error-handling']],
  ]),
  T('rest-design', 'REST API design', 6, ['express'], [
    ['resources', 'Resources', ['http.methods', 'express.routes']],
    ['status-codes', 'Status codes in APIs', ['http.status-codes', 'rest-design.resources']],
    ['pagination', 'Pagination', ['express.query', 'rest-design.resources']],
    ['error-shape', 'Error shape', ['rest-design.status-codes', 'http.json']],
  ]),
  T('sql', 'SQL', 7, [], [
    ['tables-keys', 'Tables and keys'],
    ['relationships', 'Relationships', ['sql.tables-keys']],
    ['crud', 'CRUD queries', ['sql.tables-keys']],
    ['joins', 'Joins', ['sql.relationships', 'sql.crud']],
    ['aggregates', 'Aggregates', ['sql.crud']],
    ['indexes', 'Indexes', ['sql.crud']],
    ['transactions', 'Transactions', ['sql.crud']],
  ]),
  T('node-databases', 'Databases from Node', 8, ['sql', 'async-js', 'express'], [
    ['clients', 'Database clients', ['sql.crud', 'async-js.async-await']],
    ['parameterised-queries', 'Parameterised queries', ['node-databases.clients']],
    ['migrations', 'Migrations', ['node-databases.clients', 'sql.tables-keys']],
    ['orms', 'ORMs', ['node-databases.clients', 'sql.relationships']],
    ['n-plus-one', 'The N+1 problem', ['node-databases.orms', 'sql.joins']],
  ]),
  T('validation', 'Validation and errors', 9, ['express', 'rest-design'], [
    ['input-validation', 'Input validation', ['express.body-parsing']],
    ['central-errors', 'Central error handling', ['express.error-middleware']],
    ['error-responses', 'Error responses', ['validation.central-errors', 'validation.input-validation', 'rest-design.error-shape']],
  ]),
  T('auth', 'Authentication', 10, ['validation', 'node-databases'], [
    ['password-hashing', 'Password hashing', ['node-databases.clients']],
    ['sessions-vs-jwt', 'Sessions vs JWT', ['http.headers', 'auth.password-hashing']],
    ['protected-routes', 'Protected routes', ['express.middleware', 'auth.sessions-vs-jwt']],
    ['authn-vs-authz', 'Authentication vs authorisation', ['auth.protected-routes']],
    ['roles', 'Roles', ['auth.authn-vs-authz', 'sql.relationships']],
  ]),
  T('security', 'Security', 11, ['auth'], [
    ['owasp', 'OWASP top risks', ['validation.input-validation', 'node-databases.parameterised-queries']],
    ['headers', 'Security headers', ['http.headers', 'express.middleware']],
    ['cors', 'CORS', ['http.headers', 'express.middleware']],
    ['rate-limiting', 'Rate limiting', ['express.middleware', 'auth.protected-routes']],
    ['secrets', 'Secrets', ['node-runtime.npm-scripts', 'auth.sessions-vs-jwt']],
  ]),
  T('testing', 'Testing', 12, ['express', 'node-databases'], [
    ['unit-vs-integration', 'Unit vs integration tests', ['js-fundamentals.modules', 'async-js.async-await']],
    ['supertest', 'HTTP tests with Supertest', ['testing.unit-vs-integration', 'express.routes']],
    ['edge-cases', 'Edge cases', ['testing.supertest', 'validation.error-responses']],
    ['db-tests', 'Database tests', ['testing.supertest', 'node-databases.migrations']],
  ]),
  T('production', 'Production', 13, ['testing', 'security'], [
    ['configuration', 'Configuration', ['security.secrets', 'node-runtime.npm-scripts']],
    ['structured-logs', 'Structured logs', ['express.middleware']],
    ['graceful-shutdown', 'Graceful shutdown', ['async-js.event-loop', 'node-runtime.core-modules']],
    ['deployment', 'Deployment', ['production.configuration', 'testing.supertest']],
  ]),
];

export interface BenchCurriculum {
  input: GraphInput;
  /** Topic ids whose files were read; the rest came from the built-in copy. */
  fromFiles: string[];
  /** Exercises read from exercises/<slug>/ (with their checks). */
  realExercises: number;
  realChecks: number;
  /** Exercises dropped because a check names a concept the benchmark's graph does not have. */
  skippedExercises: string[];
  /** Core concepts no real check is tagged with: they get synthesized exercises. */
  synthesizedFor: string[];
  synthesizedChecks: number;
}

interface RawQuizItem {
  id: string;
  concepts: string[];
  prompt?: string;
  options?: unknown[];
  kind?: string;
}

/**
 * Real topics where `curriculum/topics/<id>/topic.yaml` exists, built-in ones otherwise.
 * Real topics can only name concepts that exist (the curriculum checks enforce it), so the
 * mix stays consistent as long as the built-in ids follow the canonical list.
 */
export async function loadBenchCurriculum(root: string, exercisesRoot: string, rng: Rng): Promise<BenchCurriculum> {
  const fromFiles: string[] = [];
  const quizItems: QuizItemInput[] = [];
  const topics = BUILTIN_CORE.map((builtin) => {
    const file = join(root, 'topics', builtin.id, 'topic.yaml');
    if (!existsSync(file)) return builtin;
    const raw = parse(readFileSync(file, 'utf8')) as TopicInput & { concepts: { id: string; title: string; requires?: string[] }[] };
    fromFiles.push(builtin.id);
    const quizFile = join(root, 'topics', builtin.id, 'quiz.yaml');
    if (existsSync(quizFile)) {
      const quiz = parse(readFileSync(quizFile, 'utf8')) as { items: RawQuizItem[] };
      for (const item of quiz.items) {
        const q: QuizItemInput = { id: item.id, topicId: builtin.id, concepts: item.concepts };
        // The chance rate the server gives the engine for this item.
        const options = blindChoices(item as QuizItem);
        if (options) q.options = options;
        quizItems.push(q);
      }
    }
    return {
      id: raw.id,
      title: raw.title,
      level: raw.level,
      order: raw.order,
      prerequisites: raw.prerequisites,
      concepts: raw.concepts.map((c) => (c.requires ? { id: c.id, title: c.title, requires: c.requires } : { id: c.id, title: c.title })),
    };
  });
  const known = new Set(topics.flatMap((t) => t.concepts.map((c) => c.id)));
  const topicIds = new Set(topics.map((t) => t.id));
  // A real quiz may name a concept of a topic that is still built-in under another id; drop those items.
  const usable = quizItems.filter((q) => q.concepts.every((c) => known.has(c)));
  const { exercises, skipped } = await loadExercises(exercisesRoot, known, topicIds);
  const input = synthesize(topics, usable, exercises, rng);
  const realChecks = exercises.reduce((n, ex) => n + ex.checks.length, 0);
  const coveredByReal = new Set(exercises.flatMap((ex) => ex.checks.flatMap((ch) => ch.concepts)));
  const synthesizedFor = topics.flatMap((t) => t.concepts.map((c) => c.id)).filter((c) => !coveredByReal.has(c));
  const synthesizedChecks = input.exercises!.reduce((n, ex) => n + ex.checks.length, 0) - realChecks;
  return { input, fromFiles, realExercises: exercises.length, realChecks, skippedExercises: skipped, synthesizedFor, synthesizedChecks };
}

/**
 * The real exercises: id, title and topic from exercise.yaml, the checks (id, title, concept
 * tags) from checks.ts, loaded the way the grader loads them (its default export). An
 * exercise whose topic or tags the graph does not know is skipped and reported.
 */
async function loadExercises(root: string, known: Set<string>, topicIds: Set<string>): Promise<{ exercises: ExerciseInput[]; skipped: string[] }> {
  const exercises: ExerciseInput[] = [];
  const skipped: string[] = [];
  if (!existsSync(root)) return { exercises, skipped };
  const slugs = readdirSync(root).filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory()).sort();
  for (const slug of slugs) {
    const dir = join(root, slug);
    if (!existsSync(join(dir, 'exercise.yaml')) || !existsSync(join(dir, 'checks.ts'))) continue;
    const meta = parse(readFileSync(join(dir, 'exercise.yaml'), 'utf8')) as { id: string; title?: string; topic: string };
    const checks = ((await import(pathToFileURL(join(dir, 'checks.ts')).href)) as { default: { id: string; title: string; concepts: string[] }[] }).default;
    if (!topicIds.has(meta.topic) || checks.some((ch) => ch.concepts.some((c) => !known.has(c)))) {
      skipped.push(slug);
      continue;
    }
    const ex: ExerciseInput = { id: meta.id, topicId: meta.topic, checks: checks.map((ch) => ({ id: ch.id, title: ch.title, concepts: [...ch.concepts] })) };
    if (meta.title) ex.title = meta.title;
    exercises.push(ex);
  }
  return { exercises, skipped };
}

/** The built-in 13-topic core graph with synthesized items (no files read). */
export function builtinInput(rng: Rng): GraphInput {
  return synthesize(BUILTIN_CORE, [], [], rng);
}

/**
 * Around the real exercises: synthesized exercises (three per concept, two checks each: one
 * on the concept alone, one also on a prerequisite) for every concept no real check is tagged
 * with, a lesson per topic (as the real lessons, it covers every concept of its topic), and
 * two quiz items for concepts no real item covers.
 */
function synthesize(topics: TopicInput[], quizItems: QuizItemInput[], real: ExerciseInput[], rng: Rng): GraphInput {
  const exercises: ExerciseInput[] = [...real];
  const lessons: LessonInput[] = [];
  const covered = new Set(quizItems.flatMap((q) => q.concepts));
  const practised = new Set(real.flatMap((ex) => ex.checks.flatMap((ch) => ch.concepts)));
  const quiz = [...quizItems];
  for (const t of topics) {
    lessons.push({ id: `lesson.${t.id}`, topicId: t.id, title: t.title, concepts: t.concepts.map((c) => c.id) });
    for (const c of t.concepts) {
      for (let k = 1; k <= 3 && !practised.has(c.id); k++) {
        const req = c.requires ?? [];
        const partner = req.length > 0 ? req[Math.floor(rng() * req.length)]! : null;
        exercises.push({
          id: `ex.${c.id}.${k}`,
          topicId: t.id,
          checks: [
            { id: 'a', title: `${c.title}: core behaviour ${k}`, concepts: [c.id] },
            { id: 'b', title: `${c.title}: combined case ${k}`, concepts: partner ? [c.id, partner] : [c.id] },
          ],
        });
      }
      if (!covered.has(c.id)) {
        for (let k = 1; k <= 2; k++) quiz.push({ id: `${t.id}.q-synth-${c.id.split('.')[1]}-${k}`, topicId: t.id, concepts: [c.id], options: 4 });
      }
    }
  }
  return { topics, exercises, quizItems: quiz, lessons };
}
