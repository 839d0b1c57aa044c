// Scaffolds exercises/<slug>/ with every file an exercise needs, as a small working
// example of its kind that `npm run curriculum:check -- <slug>` accepts straight away.
//   npm run exercise:new -- <slug> --kind http|async|sql|auth [--topic <topic>] [--dir <exercises-dir>]
// Exit codes: 0 created, 64 usage (bad or existing slug, unknown kind or topic).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { KINDS, TOPICS } from '../server/grader/catalog.ts';
import type { ExerciseKind } from '../server/grader/catalog.ts';
import { renderExercise } from './exercise-templates/index.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: npm run exercise:new -- <slug> --kind ${KINDS.join('|')} [--topic <topic>] [--dir <exercises-dir>]`;
const SLUG = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/;

function usage(message: string): never {
  console.error(`exercise:new: ${message}\n${USAGE}`);
  process.exit(64);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { kind: { type: 'string' }, topic: { type: 'string' }, dir: { type: 'string' } },
  });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
const [slug, ...extra] = positionals;
if (slug === undefined) usage('missing the exercise slug');
if (extra.length > 0) usage(`unexpected arguments: ${extra.join(' ')}`);
if (!SLUG.test(slug)) usage(`"${slug}" is not a valid slug: use lowercase letters, digits and dashes, like "todos-api"`);
const kind = values.kind;
if (kind === undefined) usage('missing --kind');
if (!(KINDS as readonly string[]).includes(kind)) usage(`unknown kind "${kind}"; expected one of ${KINDS.join(', ')}`);
const topic = values.topic;
if (topic !== undefined && !(TOPICS as readonly string[]).includes(topic)) {
  usage(`unknown topic "${topic}"; exercises can use ${TOPICS.join(', ')}`);
}

const root = resolve(values.dir ?? join(REPO, 'exercises'));
const target = join(root, slug);
if (existsSync(target)) usage(`${target} already exists; pick another slug (exercise ids are permanent)`);

// Relative, so the exercise keeps working wherever the repository is checked out.
let checksImport = relative(target, join(REPO, 'server/grader/checks.ts')).split(sep).join('/');
if (!checksImport.startsWith('.')) checksImport = `./${checksImport}`;
const files = renderExercise({ slug, kind: kind as ExerciseKind, checksImport, ...(topic ? { topic } : {}) });
for (const [file, text] of Object.entries(files)) {
  mkdirSync(dirname(join(target, file)), { recursive: true });
  writeFileSync(join(target, file), text);
}
console.log(`created ${relative(process.cwd(), target) || target}/ with ${Object.keys(files).sort().join(', ')}`);
console.log(`next: edit it (see docs/authoring.md), then run: npm run curriculum:check -- ${slug}`);
