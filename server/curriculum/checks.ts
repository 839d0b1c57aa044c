// Cross-file checks: everything a single schema cannot see. Each check reports every
// problem it finds and never throws, so an author fixes a whole batch in one pass.
import { findCycles, formatCycle, reachable } from './graph.ts';
import { problemAt } from './source.ts';
import type { PathSegment, Problem, Source } from './source.ts';
import type { TopicFiles, Workspace } from './workspace.ts';

export interface CheckOptions {
  /** Report concepts that nothing covers. Off when a caller will run its own coverage check. */
  checkOrphans?: boolean;
  /** Concept ids covered elsewhere (exercises), counted alongside quiz items. */
  coverage?: Iterable<string>;
}

export function checkWorkspace(ws: Workspace, options: CheckOptions = {}): Problem[] {
  const index = new Index(ws);
  return [
    ...checkIds(ws),
    ...checkTopicGraph(ws, index),
    ...checkConceptGraph(ws, index),
    ...checkQuizzes(ws, index),
    ...checkLessons(ws, index),
    ...checkRoadmap(ws, index),
    ...(options.checkOrphans === false ? [] : checkOrphans(ws, options.coverage ?? [])),
  ];
}

class Index {
  readonly topics = new Map<string, TopicFiles>();
  /** Every concept id any topic.yaml declares, even one that fails its schema. */
  readonly declaredConcepts = new Set<string>();
  /** Valid concepts: id → owning topic and position. */
  readonly concepts = new Map<string, { files: TopicFiles; source: Source; index: number; requires: string[] }>();

  constructor(ws: Workspace) {
    for (const files of ws.topics) {
      if (files.topicSource) this.topics.set(files.dir, files);
      for (const id of files.declaredConceptIds) this.declaredConcepts.add(id);
      files.topic?.concepts.forEach((concept, i) => {
        if (!this.concepts.has(concept.id)) {
          this.concepts.set(concept.id, { files, source: files.topicSource!, index: i, requires: concept.requires ?? [] });
        }
      });
    }
  }

  prerequisites = (topicId: string): string[] =>
    (this.topics.get(topicId)?.topic?.prerequisites ?? []).filter((id) => this.topics.has(id));
}

/** Records first occurrences and reports later ones as duplicates, pointing back at the first. */
class Seen {
  private readonly first = new Map<string, string>();
  private readonly what: string;
  constructor(what: string) {
    this.what = what;
  }

  check(id: string, source: Source, path: PathSegment[], out: Problem[]): void {
    const problem = problemAt(source, path, 'duplicate-id', '');
    const earlier = this.first.get(id);
    if (earlier === undefined) {
      this.first.set(id, `${problem.file}:${problem.line}`);
    } else {
      out.push({ ...problem, message: `duplicate ${this.what} id "${id}" (first declared at ${earlier})` });
    }
  }
}

function checkIds(ws: Workspace): Problem[] {
  const out: Problem[] = [];
  const topics = new Seen('topic');
  const concepts = new Seen('concept');
  const items = new Seen('quiz item');
  for (const files of ws.topics) {
    const { topic, topicSource, dir } = files;
    if (topic && topicSource) {
      if (topic.id !== dir) {
        out.push(problemAt(topicSource, ['id'], 'id-mismatch', `topic id "${topic.id}" must equal its directory name "${dir}"`));
      }
      topics.check(topic.id, topicSource, ['id'], out);
      topic.concepts.forEach((concept, i) => {
        const path = ['concepts', i, 'id'];
        if (!concept.id.startsWith(`${dir}.`)) {
          out.push(problemAt(topicSource, path, 'id-mismatch', `concept id "${concept.id}" must start with "${dir}."`));
        }
        concepts.check(concept.id, topicSource, path, out);
      });
    }
    if (!files.quizSource) continue;
    for (const { item, index } of files.quizItems) {
      const path = ['items', index, 'id'];
      if (!item.id.startsWith(`${dir}.q-`)) {
        out.push(problemAt(files.quizSource, path, 'id-mismatch', `quiz item id "${item.id}" must start with "${dir}.q-"`));
      }
      items.check(item.id, files.quizSource, path, out);
      if (item.kind === 'short' || !item.options) continue;
      const options = new Seen(`option (in ${item.id})`);
      item.options.forEach((option, o) => options.check(option.id, files.quizSource!, ['items', index, 'options', o, 'id'], out));
    }
  }
  return out;
}

function checkTopicGraph(ws: Workspace, index: Index): Problem[] {
  const out: Problem[] = [];
  for (const files of ws.topics) {
    files.topic?.prerequisites.forEach((id, i) => {
      if (!index.topics.has(id)) {
        out.push(problemAt(files.topicSource!, ['prerequisites', i], 'unknown-prerequisite', `unknown prerequisite topic "${id}"`));
      }
    });
  }
  for (const cycle of findCycles(index.topics.keys(), index.prerequisites)) {
    const files = index.topics.get(cycle[0]!)!;
    const at = files.topic!.prerequisites.indexOf(cycle[1] ?? cycle[0]!);
    out.push(problemAt(files.topicSource!, ['prerequisites', at], 'topic-cycle', `prerequisite cycle: ${formatCycle(cycle)}`));
  }
  return out;
}

function checkConceptGraph(ws: Workspace, index: Index): Problem[] {
  const out: Problem[] = [];
  for (const [id, { files, source, index: c, requires }] of index.concepts) {
    const before = reachable(files.dir, index.prerequisites);
    requires.forEach((required, r) => {
      const path = ['concepts', c, 'requires', r];
      if (!index.declaredConcepts.has(required)) {
        out.push(problemAt(source, path, 'unknown-requires', `concept "${id}" requires unknown concept "${required}"`));
        return;
      }
      // A concept may only lean on concepts the topic graph already puts before it;
      // otherwise the engine could send a learner "back" to a topic they have not reached.
      const owner = index.concepts.get(required)?.files.dir;
      if (owner !== undefined && owner !== files.dir && !before.has(owner)) {
        out.push(
          problemAt(
            source,
            path,
            'requires-outside-prerequisites',
            `concept "${id}" requires "${required}" but topic "${owner}" is not a (transitive) prerequisite of "${files.dir}"`,
          ),
        );
      }
    });
  }
  const edges = (id: string): string[] => (index.concepts.get(id)?.requires ?? []).filter((r) => index.concepts.has(r));
  for (const cycle of findCycles(index.concepts.keys(), edges)) {
    const { source, index: c, requires } = index.concepts.get(cycle[0]!)!;
    const at = requires.indexOf(cycle[1] ?? cycle[0]!);
    out.push(problemAt(source, ['concepts', c, 'requires', at], 'concept-cycle', `concept cycle: ${formatCycle(cycle)}`));
  }
  return out;
}

/**
 * A topic's quiz and lesson may only tag concepts of the topic itself or of topics before it:
 * a failed item must point the engine at something the learner has already met.
 */
function outOfScope(index: Index, topicId: string, conceptId: string): string | undefined {
  const owner = index.concepts.get(conceptId)?.files.dir;
  if (owner === undefined || owner === topicId || reachable(topicId, index.prerequisites).has(owner)) return undefined;
  return `concept "${conceptId}" belongs to topic "${owner}", which is not a (transitive) prerequisite of "${topicId}"`;
}

function checkQuizzes(ws: Workspace, index: Index): Problem[] {
  const out: Problem[] = [];
  for (const { dir, quizSource: source, quizItems } of ws.topics) {
    if (!source) continue;
    for (const { item, index: i } of quizItems) {
      item.concepts.forEach((id, c) => {
        const path = ['items', i, 'concepts', c];
        if (!index.declaredConcepts.has(id)) {
          out.push(problemAt(source, path, 'unknown-quiz-concept', `quiz item "${item.id}" names unknown concept "${id}"`));
        }
        const scope = outOfScope(index, dir, id);
        if (scope) out.push(problemAt(source, path, 'concept-out-of-scope', `quiz item "${item.id}": ${scope}`));
      });
      if (item.kind === 'short' || !item.options) continue;
      const correct = item.options.filter((o) => o.correct).length;
      const wrong = item.options.length - correct;
      const message =
        item.kind === 'multiple'
          ? correct < 2 || wrong < 1
            ? `a multiple-select item needs at least 2 correct and 1 incorrect option (has ${correct} correct, ${wrong} incorrect)`
            : undefined
          : correct !== 1
            ? `a ${item.kind} item needs exactly 1 correct option (has ${correct})`
            : undefined;
      if (message) out.push(problemAt(source, ['items', i, 'options'], 'correct-options', `${item.id}: ${message}`, true));
    }
  }
  return out;
}

function checkLessons(ws: Workspace, index: Index): Problem[] {
  const out: Problem[] = [];
  for (const { dir, lesson, lessonSource: source, topic } of ws.topics) {
    if (!lesson || !source) continue;
    const listed = lesson.frontMatter.concepts;
    listed.forEach((id, c) => {
      if (!index.declaredConcepts.has(id)) {
        out.push(problemAt(source, ['concepts', c], 'unknown-lesson-concept', `lesson names unknown concept "${id}"`));
      }
      const scope = outOfScope(index, dir, id);
      if (scope) out.push(problemAt(source, ['concepts', c], 'concept-out-of-scope', `lesson: ${scope}`));
    });
    for (const concept of topic?.concepts ?? []) {
      if (!listed.includes(concept.id)) {
        out.push(problemAt(source, ['concepts'], 'lesson-missing-concept', `the lesson does not list its topic's concept "${concept.id}"`, true));
      }
    }
  }
  return out;
}

function checkRoadmap(ws: Workspace, index: Index): Problem[] {
  const { roadmap, roadmapSource: source } = ws;
  if (!roadmap || !source) return [];
  const out: Problem[] = [];
  const listed = new Seen('roadmap topic');
  let previous: { id: string; order: number } | undefined;
  for (const level of ['core', 'advanced'] as const) {
    roadmap[level].forEach((id, i) => {
      const path = [level, i];
      listed.check(id, source, path, out);
      const files = ws.topics.find((t) => t.dir === id);
      if (!files) {
        out.push(problemAt(source, path, 'roadmap-missing-topic', `roadmap lists topic "${id}" but topics/${id}/ does not exist`));
        return;
      }
      const topic = files.topic;
      if (!topic) return;
      if (topic.level !== level) {
        out.push(problemAt(source, path, 'roadmap-level', `topic "${id}" is listed under ${level} but its level is ${topic.level}`));
      }
      if (previous && topic.order <= previous.order) {
        out.push(
          problemAt(source, path, 'roadmap-order', `topic "${id}" (order ${topic.order}) is listed after "${previous.id}" (order ${previous.order})`),
        );
      }
      previous = { id, order: topic.order };
    });
  }
  const all = new Set([...roadmap.core, ...roadmap.advanced]);
  for (const files of ws.topics) {
    if (!all.has(files.dir)) {
      const file = `topics/${files.dir}/topic.yaml`;
      out.push({ file, line: 1, column: 1, message: `topic "${files.dir}" is not listed in roadmap.yaml`, rule: 'roadmap-unlisted-topic' });
    }
  }
  roadmap.rules.forEach((rule, r) => {
    for (const key of ['when', 'topic'] as const) {
      if (!index.topics.has(rule[key])) {
        out.push(problemAt(source, ['rules', r, key], 'unknown-rule-ref', `rule ${r + 1}: unknown topic "${rule[key]}"`));
      }
    }
    rule.review?.forEach((id, c) => {
      if (!index.declaredConcepts.has(id)) {
        out.push(problemAt(source, ['rules', r, 'review', c], 'unknown-rule-ref', `rule ${r + 1}: unknown concept "${id}"`));
      }
    });
  });
  return out;
}

function checkOrphans(ws: Workspace, coverage: Iterable<string>): Problem[] {
  const covered = new Set(coverage);
  for (const files of ws.topics) for (const { item } of files.quizItems) for (const id of item.concepts) covered.add(id);
  // A quiz that failed its schema may well cover the concept; do not pile on a guess.
  const unsure = ws.topics.some((files) => files.quizSource && !files.quizValid);
  if (unsure) return [];
  const out: Problem[] = [];
  for (const { topic, topicSource } of ws.topics) {
    topic?.concepts.forEach((concept, i) => {
      if (!covered.has(concept.id)) {
        out.push(problemAt(topicSource!, ['concepts', i, 'id'], 'orphan-concept', `no quiz item or exercise covers concept "${concept.id}"`));
      }
    });
  }
  return out;
}
