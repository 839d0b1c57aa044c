// Checks the curriculum folder and prints every problem; exits 1 if there is any.
//   npx node server/curriculum/cli.ts [curriculum-dir]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadCurriculum } from './load.ts';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../curriculum'));
const result = loadCurriculum(root);
if (result.ok) {
  const { topics, concepts } = result.curriculum;
  const items = topics.reduce((n, t) => n + t.quiz.length, 0);
  console.log(`curriculum OK: ${topics.length} topics, ${concepts.size} concepts, ${items} quiz items`);
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${result.problems.length} problem(s) in ${root}`);
  process.exitCode = 1;
}
