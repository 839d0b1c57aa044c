// Placement: a short adaptive quiz that asks the most informative next question.
//
// A factorised belief cannot express "knows Express, so almost surely knows async JS", and
// that correlation is what lets 12 questions place someone on a 60-concept roadmap. So
// placement keeps a weighted sample of whole knowledge states (ALEKS-style knowledge
// spaces): every sampled state is closed under prerequisites. Each answer reweights the
// states; the next question is the one with the largest expected information gain; the
// per-concept marginals of the weighted states are the placement result.
//
// The sample is generated from a fixed seed (params.placement.seed), so placement stays a
// pure function of the model and the answers.
import { goalConcepts } from './graph.ts';
import type { Model } from './model.ts';
import { quizNoise } from './model.ts';
import { hashString, mulberry32 } from './rng.ts';
import type { ConceptId, LearnerState, QuizItemInput, StepItem } from './types.ts';

export interface PlacementAnswer {
  itemId: string;
  correct: boolean;
}

export interface PlacementStep {
  /** True when placement should end (confident, or the question limit is reached). */
  done: boolean;
  item: StepItem | null;
  reason: string;
  /** Mean over the goal's concepts of max(P(known), P(unknown)). */
  confidence: number;
  asked: number;
}

interface Sample {
  n: number;
  width: number;
  /** n × width flags, row k = knowledge state k, column = concept index in graph.order. */
  known: Uint8Array;
}

const samples = new WeakMap<Model, Sample>();

export function placementNext(state: LearnerState, model: Model, answered: readonly PlacementAnswer[]): PlacementStep {
  const { params, graph } = model;
  const weights = weigh(model, answered);
  const scope = goalConcepts(graph, state.goal);
  const marginal = marginals(model, weights);
  const confidence = scope.reduce((sum, id) => sum + Math.max(marginal.get(id)!, 1 - marginal.get(id)!), 0) / Math.max(1, scope.length);
  const asked = answered.length;
  if (asked >= params.placement.maxQuestions) return { done: true, item: null, reason: `Asked the maximum of ${params.placement.maxQuestions} questions.`, confidence, asked };
  if (asked >= params.placement.minQuestions && confidence >= params.placement.confidence)
    return { done: true, item: null, reason: `Confident enough after ${asked} questions.`, confidence, asked };

  const inScope = new Set(scope);
  const seen = new Set(answered.map((a) => a.itemId));
  let best: { item: QuizItemInput; gain: number } | null = null;
  for (const item of graph.quizItems.values()) {
    if (seen.has(item.id) || !item.concepts.every((c) => graph.concepts.has(c)) || !item.concepts.some((c) => inScope.has(c))) continue;
    const gain = informationGain(model, weights, item);
    // Ties go to the item met first (quiz items keep curriculum order), so the choice is stable.
    if (best === null || gain > best.gain + 1e-12) best = { item, gain };
  }
  if (best === null) return { done: true, item: null, reason: 'No unasked question is left.', confidence, asked };
  const item = best.item;
  const titles = item.concepts.map((c) => graph.concepts.get(c)!.title).join(', ');
  return {
    done: false,
    item: { kind: 'quiz', id: item.id, topicId: item.topicId, conceptIds: item.concepts },
    reason: `This question about ${titles} tells the most about where to start (expected gain ${best.gain.toFixed(2)} bits).`,
    confidence,
    asked,
  };
}

/** P(known) of every concept after the answers, under the prerequisite-closed prior. */
export function placementPosterior(model: Model, answered: readonly PlacementAnswer[]): Map<ConceptId, number> {
  return marginals(model, weigh(model, answered));
}

/** The questions of a test-out quiz: for each concept of the topic, its most specific item. */
export function testOutItems(model: Model, topicId: string): QuizItemInput[] {
  const topic = model.graph.topics.get(topicId);
  if (!topic) throw new Error(`unknown topic ${topicId}`);
  const chosen = new Map<string, QuizItemInput>();
  for (const { id } of topic.concepts) {
    const items = model.graph.quizByConcept.get(id) ?? [];
    const best = [...items].sort((a, b) => a.concepts.length - b.concepts.length)[0];
    if (best) chosen.set(best.id, best);
  }
  return [...chosen.values()];
}

/** Test-out passes when every concept of the topic is then believed known with P >= 0.9. */
export function testOutPassed(model: Model, topicId: string, answered: readonly PlacementAnswer[]): boolean {
  const post = placementPosterior(model, answered);
  return model.graph.topics.get(topicId)!.concepts.every((c) => (post.get(c.id) ?? 0) >= 0.9);
}

function weigh(model: Model, answered: readonly PlacementAnswer[]): Float64Array {
  const s = sample(model);
  const { graph, params } = model;
  const logw = new Float64Array(s.n);
  for (const a of answered) {
    const item = graph.quizItems.get(a.itemId);
    if (!item) continue;
    const cols = item.concepts.filter((c) => graph.concepts.has(c)).map((c) => graph.concepts.get(c)!.index);
    const noise = quizNoise(params, item.id, item.options);
    const lKnown = Math.log(a.correct ? 1 - noise.slip : noise.slip);
    const lUnknown = Math.log(a.correct ? noise.guess : 1 - noise.guess);
    for (let k = 0; k < s.n; k++) logw[k]! += allKnown(s, k, cols) ? lKnown : lUnknown;
  }
  let max = -Infinity;
  for (const v of logw) max = Math.max(max, v);
  let total = 0;
  const w = new Float64Array(s.n);
  for (let k = 0; k < s.n; k++) total += w[k] = Math.exp(logw[k]! - max);
  for (let k = 0; k < s.n; k++) w[k]! /= total;
  return w;
}

function marginals(model: Model, w: Float64Array): Map<ConceptId, number> {
  const s = sample(model);
  const sums = new Float64Array(s.width);
  for (let k = 0; k < s.n; k++) {
    const wk = w[k]!;
    const row = k * s.width;
    for (let j = 0; j < s.width; j++) if (s.known[row + j]) sums[j]! += wk;
  }
  return new Map(model.graph.order.map((id, j) => [id, sums[j]!]));
}

function informationGain(model: Model, w: Float64Array, item: QuizItemInput): number {
  const s = sample(model);
  const cols = item.concepts.map((c) => model.graph.concepts.get(c)!.index);
  const noise = quizNoise(model.params, item.id, item.options);
  let wKnown = 0;
  for (let k = 0; k < s.n; k++) if (allKnown(s, k, cols)) wKnown += w[k]!;
  const p1 = 1 - noise.slip;
  const p0 = noise.guess;
  const pCorrect = wKnown * p1 + (1 - wKnown) * p0;
  return entropy(pCorrect) - wKnown * entropy(p1) - (1 - wKnown) * entropy(p0);
}

/**
 * The prior over knowledge states. Most learners have walked the roadmap some way: an
 * "experience" level sets a soft frontier along the roadmap order. Others learned topics
 * out of order, so a share of states draws each topic's depth independently. Either way a
 * concept can only be known if its prerequisites are, which is the knowledge-space
 * assumption that makes few questions enough.
 */
function sample(model: Model): Sample {
  const cached = samples.get(model);
  if (cached) return cached;
  const { graph, params } = model;
  const rng = mulberry32(params.placement.seed ^ hashString(graph.order.join(',')));
  const width = graph.order.length;
  const n = params.placement.particles;
  const known = new Uint8Array(n * width);
  const topicRank = new Map(graph.topicOrder.map((t, i) => [t, i]));
  const within = new Map<ConceptId, number>();
  for (const t of graph.topics.values()) t.concepts.forEach((c, i) => within.set(c.id, (i + 0.5) / t.concepts.length));
  const rank = graph.order.map((id) => {
    const node = graph.concepts.get(id)!;
    return (topicRank.get(node.topicId)! + within.get(id)!) / graph.topicOrder.length;
  });
  const prereqCols = graph.order.map((id) => graph.concepts.get(id)!.prereqs.map((p) => graph.concepts.get(p.id)!.index));
  const topicIndex = graph.order.map((id) => topicRank.get(graph.concepts.get(id)!.topicId)!);
  // A topic that builds on no other (SQL on a backend roadmap) is often learned elsewhere,
  // whatever the learner's place on the roadmap: in a share of roadmap-walking states it is
  // known regardless of how far along they are.
  const standalone = graph.topicOrder.map((t, i) => i > 0 && graph.topics.get(t)!.prerequisites.length === 0);
  for (let k = 0; k < n; k++) {
    const row = k * width;
    const frontier = rng() < 0.7;
    const experience = rng() * 1.2 - 0.1;
    const depth = graph.topicOrder.map(() => [0.05, 0.5, 0.95][Math.floor(rng() * 3)]!);
    const elsewhere = standalone.map((s) => s && rng() < params.placement.standalone);
    for (let j = 0; j < width; j++) {
      if (k === 0) continue; // state 0: knows nothing
      if (!prereqCols[j]!.every((c) => known[row + c])) continue;
      const pKnow =
        k === 1 ? 1 : frontier ? (elsewhere[topicIndex[j]!] ? 0.95 : 1 / (1 + Math.exp(-14 * (experience - rank[j]!)))) : depth[topicIndex[j]!]!;
      if (rng() < pKnow) known[row + j] = 1;
    }
  }
  const result = { n, width, known };
  samples.set(model, result);
  return result;
}

function allKnown(s: Sample, k: number, cols: readonly number[]): boolean {
  const row = k * s.width;
  for (const c of cols) if (!s.known[row + c]) return false;
  return true;
}

function entropy(p: number): number {
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
}
