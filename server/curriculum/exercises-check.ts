// Cross-file checks for exercises: everything one exercise's own files cannot tell, i.e.
// whether its ids are unique and whether its topic and concepts exist in the curriculum
// (and in the grader's catalog, which loadExercise validates against when grading).
import { CONCEPTS, TOPICS } from '../grader/catalog.ts';
import { checkLine, lineOf, stringAt } from './exercises-read.ts';
import type { ExerciseFiles } from './exercises-read.ts';
import { ConceptId, TopicId } from './schemas.ts';
import { problemAt } from './source.ts';

export interface CurriculumIds {
  topics: ReadonlySet<string>;
  concepts: ReadonlySet<string>;
}

const catalogTopics: ReadonlySet<string> = new Set(TOPICS);
const catalogConcepts: ReadonlySet<string> = new Set(CONCEPTS);

/** Adds each problem to the exercise it belongs to, so a broken exercise is not graded. */
export function checkExerciseRefs(exercises: ExerciseFiles[], ids: CurriculumIds): void {
  const first = new Map<string, string>();
  for (const ex of exercises) {
    // Raw values, not the schema's output: a typo elsewhere in exercise.yaml must not hide
    // an unknown concept. Values of the wrong shape are left to the schema's own problems.
    const { rawMeta: raw, metaSource: source } = ex;
    if (!source) continue;
    const id = stringAt(raw, 'id');
    if (id !== undefined) {
      const at = problemAt(source, ['id'], 'duplicate-id', '');
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, `${at.file}:${at.line}`);
      else ex.problems.push({ ...at, message: `duplicate exercise id "${id}" (first declared at ${earlier})` });
    }
    const topic = stringAt(raw, 'topic');
    if (topic !== undefined && TopicId.safeParse(topic).success) {
      if (!ids.topics.has(topic)) ex.problems.push(problemAt(source, ['topic'], 'unknown-topic', `unknown topic "${topic}"`));
      else if (!catalogTopics.has(topic)) ex.problems.push(problemAt(source, ['topic'], 'not-in-grader-catalog', notInCatalog('topic', topic, 'TOPICS')));
    }
    const concepts = (raw as { concepts?: unknown } | undefined)?.concepts;
    (Array.isArray(concepts) ? concepts : []).forEach((concept: unknown, c) => {
      if (typeof concept !== 'string' || !ConceptId.safeParse(concept).success) return;
      const problem = conceptProblem(concept);
      if (problem) ex.problems.push(problemAt(source, ['concepts', c], problem.rule, problem.message));
    });
  }
  for (const ex of exercises) checkCheckConcepts(ex);

  function checkCheckConcepts(ex: ExerciseFiles): void {
    for (const check of ex.checks ?? []) {
      const from = checkLine(ex, check.id);
      for (const id of check.concepts) {
        const problem = conceptProblem(id);
        if (!problem) continue;
        // The concept string nearest after the check's id is almost always the one meant.
        const line = lineOf(ex.checksText, new RegExp(`['"\`]${id.replace(/[.-]/g, '\\$&')}['"\`]`), from) ?? from;
        ex.problems.push({ file: `${ex.slug}/checks.ts`, line, message: `check "${check.id}": ${problem.message}`, rule: problem.rule });
      }
    }
  }

  function conceptProblem(id: string): { rule: string; message: string } | undefined {
    if (!ids.concepts.has(id)) return { rule: 'unknown-concept', message: `unknown concept "${id}"` };
    if (!catalogConcepts.has(id)) return { rule: 'not-in-grader-catalog', message: notInCatalog('concept', id, 'CONCEPTS') };
    return undefined;
  }
}

function notInCatalog(what: string, id: string, list: string): string {
  return `${what} "${id}" exists in the curriculum but not in ${list} of server/grader/catalog.ts, so the grader would refuse this exercise: add it there`;
}
