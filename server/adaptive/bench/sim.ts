// Simulated learners. Deliberately NOT the engine's model:
// - responses are logistic (IRT-like): learner ability, per-item difficulty, a big bonus
//   when every truly needed concept is known, penalties per missing concept and per
//   missing prerequisite of a known one (no fixed guess/slip, no noisy-AND);
// - forgetting is exponential with a half-life that multiplies on each use (not FSRS);
// - learning is stochastic and happens only when every prerequisite is truly known.
import type { CurriculumGraph } from '../graph.ts';
import { normal } from '../rng.ts';
import type { Rng } from '../rng.ts';
import type { ConceptId } from '../types.ts';

const DAY = 86_400_000;

export interface SimWorld {
  graph: CurriculumGraph;
  /** True concepts of each check (`exerciseId#checkId`) and quiz item; may differ from the engine's tags. */
  truth: Map<string, ConceptId[]>;
  difficulty: Map<string, number>;
}

export function createWorld(graph: CurriculumGraph, rng: Rng): SimWorld {
  const truth = new Map<string, ConceptId[]>();
  const difficulty = new Map<string, number>();
  for (const ch of graph.checks.values()) {
    truth.set(ch.key, ch.concepts);
    difficulty.set(ch.key, 0.5 * normal(rng));
  }
  for (const q of graph.quizItems.values()) {
    truth.set(q.id, q.concepts);
    difficulty.set(q.id, 0.5 * normal(rng));
  }
  return { graph, truth, difficulty };
}

/** A copy of the checks where `share` of them carry wrong tags (what the engine will see). */
export function mistag(world: SimWorld, share: number, rng: Rng): Map<string, ConceptId[]> {
  const shown = new Map<string, ConceptId[]>();
  const { graph } = world;
  for (const ch of graph.checks.values()) {
    if (rng() >= share) {
      shown.set(ch.key, ch.concepts);
      continue;
    }
    const sameTopic = graph.topics.get(ch.topicId)!.concepts.map((c) => c.id).filter((c) => !ch.concepts.includes(c));
    const anyOther = graph.order.filter((c) => !ch.concepts.includes(c));
    const wrong = sameTopic.length > 0 && rng() < 0.7 ? sameTopic[Math.floor(rng() * sameTopic.length)]! : anyOther[Math.floor(rng() * anyOther.length)]!;
    // Either a tag is replaced by a wrong one, or a wrong one is added.
    shown.set(ch.key, rng() < 0.5 ? [wrong, ...ch.concepts.slice(1)] : [...ch.concepts, wrong]);
  }
  return shown;
}

export class SimLearner {
  readonly ability: number;
  readonly known: Uint8Array;
  private halfLife: Float64Array;
  private checkedAt: Float64Array;
  private readonly world: SimWorld;
  private readonly rng: Rng;
  private readonly index: Map<ConceptId, number>;

  constructor(world: SimWorld, rng: Rng, start: number, ability?: number) {
    this.world = world;
    this.rng = rng;
    this.ability = ability ?? 0.7 * normal(rng);
    const n = world.graph.order.length;
    this.known = new Uint8Array(n);
    this.halfLife = new Float64Array(n).fill(30);
    this.checkedAt = new Float64Array(n).fill(start);
    this.index = new Map(world.graph.order.map((id, i) => [id, i]));
  }

  knows(id: ConceptId): boolean {
    return this.known[this.index.get(id)!] === 1;
  }

  setKnown(id: ConceptId, value: boolean, halfLifeDays = 30): void {
    const i = this.index.get(id)!;
    this.known[i] = value ? 1 : 0;
    this.halfLife[i] = halfLifeDays;
  }

  /** Let time pass: each known concept survives with 2^(-elapsed/half-life). */
  advance(now: number): void {
    for (let i = 0; i < this.known.length; i++) {
      const days = (now - this.checkedAt[i]!) / DAY;
      if (days <= 0) continue;
      if (this.known[i] && this.rng() > Math.pow(2, -days / this.halfLife[i]!)) this.known[i] = 0;
      this.checkedAt[i] = now;
    }
  }

  /** P(success) on a check or quiz item, from the true concepts it needs. */
  successProbability(ref: string, floor: number): number {
    const concepts = this.world.truth.get(ref)!;
    let missing = 0;
    let missingPrereqs = 0;
    for (const c of concepts) {
      if (!this.knows(c)) missing++;
      else for (const p of this.world.graph.concepts.get(c)!.prereqs) if (p.kind === 'requires' && !this.knows(p.id)) missingPrereqs++;
    }
    const logit = 1.2 * (this.ability - this.world.difficulty.get(ref)!) + (missing === 0 ? 2.2 : -1.8 - 0.8 * (missing - 1)) - 0.7 * missingPrereqs;
    return floor + (1 - floor) / (1 + Math.exp(-logit));
  }

  /** Attempt something: the outcome, then use strengthens memory and may teach. */
  attempt(ref: string, floor: number, learnChance: number): { success: boolean; p: number } {
    const p = this.successProbability(ref, floor);
    const success = this.rng() < p;
    this.practise(ref, success, learnChance);
    return { success, p };
  }

  /** What an attempt with this outcome does to memory and knowledge. */
  practise(ref: string, success: boolean, learnChance: number): void {
    for (const c of this.world.truth.get(ref)!) {
      const i = this.index.get(c)!;
      if (this.known[i]) {
        this.halfLife[i]! *= success ? 1.8 : 1.2;
        for (const pre of this.world.graph.concepts.get(c)!.prereqs) {
          const j = this.index.get(pre.id)!;
          if (this.known[j]) this.halfLife[j]! *= 1.15;
        }
      } else this.tryLearn(c, learnChance);
    }
  }

  /** A copy with its own random source and the given ability (for particle filters). */
  copy(rng: Rng, ability = this.ability): SimLearner {
    const twin = new SimLearner(this.world, rng, 0, ability);
    twin.known.set(this.known);
    twin.halfLife.set(this.halfLife);
    twin.checkedAt.set(this.checkedAt);
    return twin;
  }

  lesson(concepts: readonly ConceptId[]): void {
    for (const c of concepts) if (!this.knows(c)) this.tryLearn(c, 0.2);
  }

  private tryLearn(c: ConceptId, chance: number): void {
    // Only the curriculum's explicit `requires` gate learning: the edges the engine derives
    // from topic prerequisites are its own assumption, not the simulated truth.
    if (!this.world.graph.concepts.get(c)!.prereqs.every((p) => p.kind !== 'requires' || this.knows(p.id))) return;
    const scaled = chance / (chance + (1 - chance) * Math.exp(-0.5 * this.ability));
    if (this.rng() < scaled) {
      const i = this.index.get(c)!;
      this.known[i] = 1;
      this.halfLife[i] = 2.5 * Math.exp(0.3 * this.ability);
    }
  }
}

export const EXERCISE_LEARN = 0.23;
export const QUIZ_LEARN = 0.03;

/**
 * Prior knowledge of a newcomer (not the engine's placement prior): a third know nothing;
 * the others walked the roadmap some number of topics (forgetting 8% of it) and part of the
 * next one; a quarter of all learners also know SQL from elsewhere.
 */
export function seedPriorKnowledge(learner: SimLearner, graph: CurriculumGraph, rng: Rng): void {
  const core = graph.topicOrder.filter((t) => graph.topics.get(t)!.level === 'core');
  if (rng() >= 0.35) {
    const k = 1 + Math.floor(rng() * 9);
    core.slice(0, k).forEach((t) => graph.topics.get(t)!.concepts.forEach((c) => learner.setKnown(c.id, rng() >= 0.08)));
    const partial = core[k];
    if (partial) {
      const cs = graph.topics.get(partial)!.concepts;
      const upto = Math.floor(rng() * cs.length);
      cs.slice(0, upto).forEach((c) => learner.setKnown(c.id, true));
    }
  }
  if (rng() < 0.25) graph.topics.get('sql')?.concepts.forEach((c) => learner.setKnown(c.id, true));
}
