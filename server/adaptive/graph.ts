// The curriculum as the engine sees it: concepts with prerequisite edges, a stable
// foundational order, and the items (checks, quiz items, lessons) that give evidence on them.
import type { ConceptId, ExerciseInput, GraphInput, LessonInput, QuizItemInput, TopicId, TopicInput } from './types.ts';

export type EdgeKind = 'requires' | 'topic';

export interface ConceptNode {
  id: ConceptId;
  title: string;
  topicId: TopicId;
  /** Position in the foundational order (prerequisites first, then roadmap order). */
  index: number;
  prereqs: { id: ConceptId; kind: EdgeKind }[];
  dependents: ConceptId[];
}

export interface CheckNode {
  /** `exerciseId#checkId` */
  key: string;
  exerciseId: string;
  checkId: string;
  title: string;
  topicId: TopicId;
  concepts: ConceptId[];
}

export interface CurriculumGraph {
  topics: Map<TopicId, TopicInput>;
  /** Topics by roadmap order, core before advanced. */
  topicOrder: TopicId[];
  concepts: Map<ConceptId, ConceptNode>;
  /** Every concept, prerequisites before dependents, ties in roadmap order. */
  order: ConceptId[];
  /** All ancestors of each concept (transitive prerequisites). */
  ancestors: Map<ConceptId, Set<ConceptId>>;
  exercises: Map<string, ExerciseInput>;
  checks: Map<string, CheckNode>;
  checksByConcept: Map<ConceptId, CheckNode[]>;
  quizItems: Map<string, QuizItemInput>;
  quizByConcept: Map<ConceptId, QuizItemInput[]>;
  lessons: Map<string, LessonInput>;
  lessonsByConcept: Map<ConceptId, LessonInput[]>;
}

export const checkKey = (exerciseId: string, checkId: string): string => `${exerciseId}#${checkId}`;

export function buildGraph(input: GraphInput): CurriculumGraph {
  const topics = new Map(input.topics.map((t) => [t.id, t]));
  const topicOrder = [...input.topics]
    .sort((a, b) => levelRank(a) - levelRank(b) || a.order - b.order || a.id.localeCompare(b.id))
    .map((t) => t.id);

  const raw = new Map<ConceptId, { title: string; topicId: TopicId; position: number; prereqs: { id: ConceptId; kind: EdgeKind }[] }>();
  let position = 0;
  for (const topicId of topicOrder) {
    for (const c of topics.get(topicId)!.concepts) {
      if (raw.has(c.id)) throw new Error(`concept ${c.id} is defined twice`);
      raw.set(c.id, { title: c.title, topicId, position: position++, prereqs: (c.requires ?? []).map((id) => ({ id, kind: 'requires' as const })) });
    }
  }
  for (const [id, c] of raw) for (const p of c.prereqs) if (!raw.has(p.id)) throw new Error(`concept ${id} requires unknown concept ${p.id}`);
  for (const t of input.topics) for (const p of t.prerequisites) if (!topics.has(p)) throw new Error(`topic ${t.id} requires unknown topic ${p}`);

  addTopicEdges(input.topics, raw);

  const order = topologicalOrder(raw);
  const concepts = new Map<ConceptId, ConceptNode>();
  order.forEach((id, index) => {
    const c = raw.get(id)!;
    concepts.set(id, { id, title: c.title, topicId: c.topicId, index, prereqs: c.prereqs, dependents: [] });
  });
  for (const node of concepts.values()) for (const p of node.prereqs) concepts.get(p.id)!.dependents.push(node.id);

  const ancestors = new Map<ConceptId, Set<ConceptId>>();
  for (const id of order) {
    const set = new Set<ConceptId>();
    for (const p of concepts.get(id)!.prereqs) {
      set.add(p.id);
      for (const a of ancestors.get(p.id)!) set.add(a);
    }
    ancestors.set(id, set);
  }

  const known = (id: ConceptId, where: string): ConceptId => {
    if (!concepts.has(id)) throw new Error(`${where} is tagged with unknown concept ${id}`);
    return id;
  };
  const exercises = new Map<string, ExerciseInput>();
  const checks = new Map<string, CheckNode>();
  const checksByConcept = new Map<ConceptId, CheckNode[]>();
  for (const ex of input.exercises ?? []) {
    exercises.set(ex.id, ex);
    for (const ch of ex.checks) {
      const node: CheckNode = {
        key: checkKey(ex.id, ch.id),
        exerciseId: ex.id,
        checkId: ch.id,
        title: ch.title,
        topicId: ex.topicId,
        concepts: ch.concepts.map((c) => known(c, `check ${ex.id}#${ch.id}`)),
      };
      checks.set(node.key, node);
      for (const c of node.concepts) push(checksByConcept, c, node);
    }
  }
  const quizItems = new Map<string, QuizItemInput>();
  const quizByConcept = new Map<ConceptId, QuizItemInput[]>();
  for (const q of input.quizItems ?? []) {
    quizItems.set(q.id, q);
    for (const c of q.concepts) push(quizByConcept, known(c, `quiz item ${q.id}`), q);
  }
  const lessons = new Map<string, LessonInput>();
  const lessonsByConcept = new Map<ConceptId, LessonInput[]>();
  for (const l of input.lessons ?? []) {
    lessons.set(l.id, l);
    for (const c of l.concepts) push(lessonsByConcept, known(c, `lesson ${l.id}`), l);
  }
  return { topics, topicOrder, concepts, order, ancestors, exercises, checks, checksByConcept, quizItems, quizByConcept, lessons, lessonsByConcept };
}

const goalCache = new WeakMap<CurriculumGraph, Map<string, ConceptId[]>>();

/** Concepts a goal needs: the goal topic's concepts and everything they build on (graph order). */
export function goalConcepts(graph: CurriculumGraph, goal: string): ConceptId[] {
  let byGoal = goalCache.get(graph);
  if (!byGoal) goalCache.set(graph, (byGoal = new Map()));
  let list = byGoal.get(goal);
  if (!list) byGoal.set(goal, (list = computeGoalConcepts(graph, goal)));
  return list;
}

function computeGoalConcepts(graph: CurriculumGraph, goal: string): ConceptId[] {
  const roots =
    goal === 'core'
      ? graph.order.filter((id) => graph.topics.get(graph.concepts.get(id)!.topicId)!.level === 'core')
      : (graph.topics.get(goal)?.concepts.map((c) => c.id) ?? []);
  if (goal !== 'core' && roots.length === 0) throw new Error(`unknown goal ${goal}`);
  const need = new Set<ConceptId>(roots);
  for (const id of roots) for (const a of graph.ancestors.get(id)!) need.add(a);
  return graph.order.filter((id) => need.has(id));
}

/**
 * Topic prerequisites become concept edges where the concept graph does not already say
 * it: an entry concept of a topic (one that requires nothing inside its topic) with no
 * ancestor in a prerequisite topic gets edges to that topic's final concepts (those no
 * other concept of it builds on). "Express needs async JavaScript" thus holds even when
 * no Express concept names an async concept, which is what lets Express failures cast
 * suspicion on async-js.
 */
function addTopicEdges(
  topics: TopicInput[],
  raw: Map<ConceptId, { topicId: TopicId; prereqs: { id: ConceptId; kind: EdgeKind }[] }>,
): void {
  const closure = new Map<ConceptId, Set<ConceptId>>();
  const ancestorsOf = (id: ConceptId, stack = new Set<ConceptId>()): Set<ConceptId> => {
    const cached = closure.get(id);
    if (cached) return cached;
    if (stack.has(id)) throw new Error(`concept prerequisites form a cycle through ${id}`);
    stack.add(id);
    const set = new Set<ConceptId>();
    for (const p of raw.get(id)!.prereqs) {
      set.add(p.id);
      for (const a of ancestorsOf(p.id, stack)) set.add(a);
    }
    stack.delete(id);
    closure.set(id, set);
    return set;
  };
  const byTopic = new Map(topics.map((t) => [t.id, t.concepts.map((c) => c.id)]));
  const added: [ConceptId, ConceptId][] = [];
  for (const t of topics) {
    const own = new Set(byTopic.get(t.id));
    const entries = [...own].filter((id) => !raw.get(id)!.prereqs.some((p) => own.has(p.id)));
    for (const pt of t.prerequisites) {
      const theirs = byTopic.get(pt)!;
      const theirSet = new Set(theirs);
      const exits = theirs.filter((id) => !theirs.some((other) => raw.get(other)!.prereqs.some((p) => p.id === id)));
      for (const e of entries) {
        if ([...ancestorsOf(e)].some((a) => theirSet.has(a))) continue;
        for (const x of exits) added.push([e, x]);
      }
    }
  }
  for (const [from, to] of added) raw.get(from)!.prereqs.push({ id: to, kind: 'topic' });
}

function topologicalOrder(raw: Map<ConceptId, { position: number; prereqs: { id: ConceptId }[] }>): ConceptId[] {
  const indegree = new Map<ConceptId, number>();
  const dependents = new Map<ConceptId, ConceptId[]>();
  for (const [id, c] of raw) {
    indegree.set(id, c.prereqs.length);
    for (const p of c.prereqs) push(dependents, p.id, id);
  }
  // A concept becomes available once its prerequisites are placed; among available ones the
  // earliest in roadmap order goes first, so the order reads like the roadmap.
  const ready = [...raw.keys()].filter((id) => indegree.get(id) === 0);
  const order: ConceptId[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => raw.get(a)!.position - raw.get(b)!.position);
    const id = ready.shift()!;
    order.push(id);
    for (const d of dependents.get(id) ?? []) {
      const left = indegree.get(d)! - 1;
      indegree.set(d, left);
      if (left === 0) ready.push(d);
    }
  }
  if (order.length !== raw.size) throw new Error('concept prerequisites form a cycle');
  return order;
}

function levelRank(t: TopicInput): number {
  return t.level === 'core' ? 0 : 1;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
