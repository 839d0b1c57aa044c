// The one next step. Candidates are concepts the goal needs that are not mastered while
// their prerequisites are likely known (the learner's frontier). Priority:
//   1. the likely gap behind recent failures: the frontier concepts at or below a failing
//      concept, most suspected first; a suspect that only looks weak because of blame is
//      asked about (a diagnosis question) before it is taught, and a concept that keeps
//      failing has its unconfirmed prerequisites asked about first, walking down the graph;
//   2. reviews that are due (recall below the target);
//   3. the most foundational new concept, leaving those already likely known for last.
// Nothing here is specific to a topic: "review promises before Express" comes out of the
// blame the model puts on prerequisites plus the frontier rule.
import { goalConcepts } from './graph.ts';
import type { CheckNode } from './graph.ts';
import type { Model } from './model.ts';
import { conceptState, masteryOf, statusOf } from './model.ts';
import { elapsedDays, recallAt } from './review.ts';
import type { Rng } from './rng.ts';
import type { ConceptId, ConceptState, ConceptStatus, EvidenceRecord, Goal, LearnerState, Millis, NextStep, StepEvidence, StepItem } from './types.ts';

interface View {
  state: LearnerState;
  model: Model;
  now: Millis;
  rng: Rng;
  cs: (id: ConceptId) => ConceptState;
  m: (id: ConceptId) => number;
  status: (id: ConceptId) => ConceptStatus;
}

interface Streak {
  count: number;
  since: Millis;
  failures: EvidenceRecord[];
}

export function nextStep(state: LearnerState, model: Model, goal: Goal | undefined, now: Millis, rng: Rng): NextStep {
  const { graph } = model;
  const cache = new Map<ConceptId, ConceptState>();
  const cs = (id: ConceptId): ConceptState => {
    let c = cache.get(id);
    if (!c) cache.set(id, (c = conceptState(state, model, id)));
    return c;
  };
  const v: View = { state, model, now, rng, cs, m: (id) => masteryOf(cs(id), now), status: (id) => statusOf(cs(id), model.params, now) };
  const scope = goalConcepts(graph, goal ?? state.goal);
  // A prerequisite is ready to build on once it is likely known (proficient); requiring full
  // mastery would let a sliver of blame on a long-known concept stall everything after it.
  const ready = (id: ConceptId): boolean => v.m(id) >= model.params.proficient;
  const frontier = scope.filter((id) => v.status(id) !== 'mastered' && graph.concepts.get(id)!.prereqs.every((p) => ready(p.id)));
  const streaks = failureStreaks(state.recent);

  // 1. The gap behind recent failures.
  const suspects = frontier
    .map((id) => ({ id, blame: blameFor(v, id, streaks) }))
    .filter((s) => s.blame !== null)
    .sort((a, b) => v.m(a.id) - v.m(b.id) || graph.concepts.get(a.id)!.index - graph.concepts.get(b.id)!.index);
  for (const { id, blame } of suspects) {
    const step = failureStep(v, id, blame!, streaks);
    if (step) return step;
  }

  // 2. Due reviews, least recalled first.
  const due = frontier.filter((id) => v.status(id) === 'due').sort((a, b) => recallAt(cs(a).memory, now) - recallAt(cs(b).memory, now));
  for (const id of due) {
    const item = practiceItem(v, id, 'review');
    if (item) return reviewStep(v, id, item);
  }

  // 3. The most foundational new concept. Concepts already likely known (placement, test-out,
  // credit from later work) wait until nothing new is left: practising what builds on them
  // confirms them implicitly, and if they are the problem the failures will say so.
  const provisional = (id: ConceptId): number => (v.m(id) >= model.params.proficient ? 1 : 0);
  const fresh = [...frontier].sort((a, b) => provisional(a) - provisional(b) || graph.concepts.get(a)!.index - graph.concepts.get(b)!.index);
  for (const id of fresh) {
    const item = teachItem(v, id);
    if (item) return newStep(v, id, item);
  }

  // Everything is mastered: keep the weakest memory fresh.
  const weakest = [...scope].sort((a, b) => v.m(a) - v.m(b) || graph.concepts.get(a)!.index - graph.concepts.get(b)!.index);
  for (const id of weakest) {
    const item = practiceItem(v, id, 'review');
    if (item) {
      const title = graph.concepts.get(id)!.title;
      return {
        item,
        conceptId: id,
        why: 'maintain',
        reason: `Everything your goal needs is mastered. Keeping ${title} fresh (chance you still know it: ${pct(v.m(id))}).`,
        evidence: [conceptEvidence(v, id)],
      };
    }
  }
  throw new Error('the curriculum has no exercises, quiz items or lessons for this goal');
}

/** Consecutive failures per concept, newest first, up to its last success. */
function failureStreaks(recent: readonly EvidenceRecord[]): Map<ConceptId, Streak> {
  const streaks = new Map<ConceptId, Streak>();
  const closed = new Set<ConceptId>();
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i]!;
    // Placement and test-out answers are surveys, not attempts at the current step; what
    // they say is already in the beliefs.
    if (r.quizKind === 'placement' || r.quizKind === 'test-out') continue;
    for (const c of r.concepts) {
      if (closed.has(c)) continue;
      if (r.passed) {
        closed.add(c);
        continue;
      }
      const s = streaks.get(c) ?? { count: 0, since: r.at, failures: [] };
      streaks.set(c, { count: s.count + 1, since: r.at, failures: [...s.failures, r] });
    }
  }
  return streaks;
}

interface Blame {
  /** The failing concept this suspect would explain (itself or a dependent). */
  failing: ConceptId;
  streak: Streak;
}

/** The most recently failed concept at or above `id` in the graph, if any. */
function blameFor(v: View, id: ConceptId, streaks: Map<ConceptId, Streak>): Blame | null {
  let best: Blame | null = null;
  for (const [failing, streak] of streaks) {
    if (failing !== id && !v.model.graph.ancestors.get(failing)?.has(id)) continue;
    // The freshest failure is the one the learner is looking at, so the reason names it.
    const newest = streak.failures[0]!.at;
    const bestNewest = best?.streak.failures[0]!.at ?? -Infinity;
    if (!best || newest > bestNewest || (newest === bestNewest && streak.count > best.streak.count)) best = { failing, streak };
  }
  return best;
}

function failureStep(v: View, id: ConceptId, blame: Blame, streaks: Map<ConceptId, Streak>): NextStep | null {
  const { graph, params } = v.model;
  const own = streaks.get(id);
  // Only blamed, never itself shown weak since the failures began: ask before teaching.
  if (!own && v.m(id) >= params.diagnoseAbove && !confirmedSince(v, id, blame.streak.since)) {
    const item = diagnoseItem(v, id);
    if (item) return diagnoseStep(v, id, item, blame);
  }
  // It keeps failing (or failed a diagnosis question): are its prerequisites really there?
  const walk = own && (own.count >= 2 || own.failures[0]!.quizKind === 'diagnose');
  if (walk) {
    // Explicit `requires` edges first: the curriculum names them as what the concept needs;
    // edges implied by topic prerequisites are a weaker claim.
    const edgeRank = (kind: string): number => (kind === 'requires' ? 0 : 1);
    const thin = graph.concepts
      .get(id)!
      .prereqs.filter((p) => thinEvidence(v, p.id) && !confirmedSince(v, p.id, own.since))
      .sort((a, b) => edgeRank(a.kind) - edgeRank(b.kind) || v.m(a.id) - v.m(b.id) || graph.concepts.get(a.id)!.index - graph.concepts.get(b.id)!.index)
      .map((p) => p.id);
    for (const p of thin) {
      const item = diagnoseItem(v, p);
      if (item) return diagnoseStep(v, p, item, { failing: id, streak: own });
    }
  }
  const item = teachItem(v, id);
  if (!item) return null;
  return gapStep(v, id, item, blame);
}

/**
 * Belief resting on little direct evidence (placement, test-out, blame or credit through
 * other concepts): the kind a short question can overturn. Two direct successes and a
 * mastered belief are enough not to ask again.
 */
function thinEvidence(v: View, id: ConceptId): boolean {
  return v.cs(id).passes < 2 || v.status(id) !== 'mastered';
}

/** Direct success since `since`, or evidence strong enough not to need asking. */
function confirmedSince(v: View, id: ConceptId, since: Millis): boolean {
  if (v.m(id) >= 0.99) return true;
  return v.state.recent.some((r) => r.passed && r.at >= since && r.concepts.includes(id));
}

function teachItem(v: View, id: ConceptId): StepItem | null {
  const c = v.cs(id);
  if (v.status(id) === 'due') return practiceItem(v, id, 'review');
  if (c.attempts === 0) {
    const lesson = (v.model.graph.lessonsByConcept.get(id) ?? []).find((l) => !v.state.lessonsViewed.includes(l.id));
    if (lesson) return { kind: 'lesson', id: lesson.id, topicId: lesson.topicId, conceptIds: lesson.concepts };
  }
  return practiceItem(v, id, 'exercise');
}

/** The check that isolates the concept best: its other tags are the most certainly known. */
function practiceItem(v: View, id: ConceptId, kind: 'exercise' | 'review'): StepItem | null {
  const checks = v.model.graph.checksByConcept.get(id) ?? [];
  if (checks.length > 0) {
    const lastSeen = new Map(v.state.recent.map((r) => [r.ref, r.at]));
    const score = (ch: CheckNode): number => {
      let s = 0;
      for (const o of ch.concepts) if (o !== id) s += 1 - v.m(o);
      // Prefer something not seen lately, so practice varies.
      if (lastSeen.has(ch.key)) s += 0.05;
      return s;
    };
    const check = minBy(checks, score, v.rng);
    return { kind, id: check.exerciseId, checkId: check.checkId, topicId: check.topicId, conceptIds: check.concepts };
  }
  const quiz = v.model.graph.quizByConcept.get(id) ?? [];
  if (quiz.length > 0) {
    const q = minBy(quiz, (item) => item.concepts.length, v.rng);
    return { kind: kind === 'review' ? 'review' : 'quiz', id: q.id, topicId: q.topicId, conceptIds: q.concepts };
  }
  return null;
}

function diagnoseItem(v: View, id: ConceptId): StepItem | null {
  const asked = new Set(v.state.recent.map((r) => r.ref));
  const quiz = (v.model.graph.quizByConcept.get(id) ?? []).filter((q) => !asked.has(q.id));
  if (quiz.length > 0) {
    const q = minBy(quiz, (item) => item.concepts.length, v.rng);
    return { kind: 'diagnose', id: q.id, topicId: q.topicId, conceptIds: q.concepts };
  }
  const item = practiceItem(v, id, 'exercise');
  return item ? { ...item, kind: 'diagnose' } : null;
}

function minBy<T>(items: readonly T[], score: (item: T) => number, rng: Rng): T {
  let best: T[] = [];
  let bestScore = Infinity;
  for (const item of items) {
    const s = score(item);
    if (s < bestScore - 1e-9) {
      best = [item];
      bestScore = s;
    } else if (Math.abs(s - bestScore) <= 1e-9) best.push(item);
  }
  return best[Math.floor(rng() * best.length)]!;
}

// ---------------------------------------------------------------------------------------
// Reasons: plain words that name the evidence.

function gapStep(v: View, id: ConceptId, item: StepItem, blame: Blame): NextStep {
  const title = conceptTitle(v, id);
  const failed = failureText(v, blame.streak);
  const shown = v.cs(id).passes === 0 ? 'which you have not shown yet' : `which is not solid yet (chance you know it: ${pct(v.m(id))})`;
  const reason =
    blame.failing === id
      ? `${failed}; that needs ${title}, ${shown}.`
      : `${failed}; that needs ${conceptTitle(v, blame.failing)}, which builds on ${title}, ${shown}. ${title} is the likely gap, so it comes first.`;
  return { item, conceptId: id, why: 'failure-gap', reason, evidence: [...failureEvidence(v, blame.streak), conceptEvidence(v, id)] };
}

function diagnoseStep(v: View, id: ConceptId, item: StepItem, blame: Blame): NextStep {
  const title = conceptTitle(v, id);
  const reason = `${failureText(v, blame.streak)}. ${conceptTitle(v, blame.failing)} builds on ${title}, which has not been checked since; one quick question tells whether ${title} is the gap.`;
  return {
    item,
    conceptId: id,
    why: 'diagnose',
    reason,
    evidence: [...failureEvidence(v, blame.streak), conceptEvidence(v, blame.failing), conceptEvidence(v, id)],
  };
}

function reviewStep(v: View, id: ConceptId, item: StepItem): NextStep {
  const c = v.cs(id);
  const days = c.memory ? Math.round(elapsedDays(c.memory.lastAt, v.now)) : 0;
  const reason = `You last practised ${conceptTitle(v, id)} about ${days === 1 ? '1 day' : `${days} days`} ago and the chance you still recall it is down to ${pct(recallAt(c.memory, v.now))}; a short review keeps it solid.`;
  return { item, conceptId: id, why: 'review', reason, evidence: [conceptEvidence(v, id)] };
}

function newStep(v: View, id: ConceptId, item: StepItem): NextStep {
  const node = v.model.graph.concepts.get(id)!;
  const topic = v.model.graph.topics.get(node.topicId)!.title;
  const prereqs = node.prereqs.filter((p) => p.kind === 'requires').map((p) => conceptTitle(v, p.id));
  const base = prereqs.length > 0 ? `What it builds on (${prereqs.join(', ')}) is solid.` : 'It builds on nothing you have not shown.';
  const what = item.kind === 'lesson' ? 'Start with the lesson' : v.cs(id).attempts === 0 ? 'First practice' : `Keep practising (chance you know it: ${pct(v.m(id))})`;
  return { item, conceptId: id, why: 'new', reason: `Next in ${topic}: ${node.title}. ${base} ${what}.`, evidence: [conceptEvidence(v, id)] };
}

function failureText(v: View, streak: Streak): string {
  const titles = [...new Set(streak.failures.map((r) => recordTitle(v, r)))];
  const times = streak.count === 1 ? 'once' : streak.count === 2 ? 'twice' : `${streak.count} times`;
  if (titles.length === 1 && streak.failures.every((r) => r.source === 'quiz'))
    return streak.count === 1 ? `You answered '${titles[0]}' wrongly` : `You answered '${titles[0]}' wrongly ${times}`;
  if (titles.length === 1) return `You failed '${titles[0]}' ${times}`;
  return `You failed ${streak.count} checks in a row ('${titles.slice(0, 2).join("', '")}'${titles.length > 2 ? ', ...' : ''})`;
}

function failureEvidence(v: View, streak: Streak): StepEvidence[] {
  return streak.failures.map((r) => ({ kind: r.source, ref: r.ref, title: recordTitle(v, r), passed: r.passed, at: r.at, concepts: r.concepts }));
}

function conceptEvidence(v: View, id: ConceptId): StepEvidence {
  const c = v.cs(id);
  return { kind: 'concept', id, title: conceptTitle(v, id), mastery: v.m(id), recall: recallAt(c.memory, v.now), attempts: c.attempts };
}

function recordTitle(v: View, r: EvidenceRecord): string {
  if (r.source === 'check') return v.model.graph.checks.get(r.ref)?.title ?? r.ref;
  const q = v.model.graph.quizItems.get(r.ref);
  return q?.prompt ?? r.ref;
}

function conceptTitle(v: View, id: ConceptId): string {
  return v.model.graph.concepts.get(id)?.title ?? id;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
