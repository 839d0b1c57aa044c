// The one next step. Candidates are concepts the goal needs that are not mastered while
// their prerequisites are likely known (the learner's frontier). Priority:
//   1. the gap behind recent failures: a gap search weighs "the failing concept is just not
//      learned yet" against "prerequisite a is the topmost unknown" for every ancestor, from
//      the beliefs and from how the failing concept's results compare with a learnable one's.
//      A likely root that is still believed known is asked about (a quick diagnosis question),
//      one that is not is taught; otherwise the failing concept itself is practised;
//   2. reviews that are due (P(known now) below the retention target);
//   3. the most foundational new concept, leaving those already likely known for last.
// Nothing here is specific to a topic: "review promises before Express" comes out of the
// beliefs, the graph and the gap search.
import { goalConcepts } from './graph.ts';
import type { CheckNode, CurriculumGraph } from './graph.ts';
import type { Model } from './model.ts';
import { checkNoise, conceptState, heldOnCredit, logit, masteryOf, priorOf, quizNoise, recallOf, sigmoid, statusOf } from './model.ts';
import { elapsedDays } from './review.ts';
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
  /** Beliefs without leak from dependents (gap search), memoised for this decision. */
  own: Map<ConceptId, number>;
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
  const masteries = new Map<ConceptId, number>();
  const m = (id: ConceptId): number => {
    let x = masteries.get(id);
    if (x === undefined) masteries.set(id, (x = masteryOf(cs(id), now, model.params)));
    return x;
  };
  const v: View = { state, model, now, rng, cs, m, status: (id) => statusOf(cs(id), model.params, now), own: new Map() };
  const scope = goalConcepts(graph, goal ?? state.goal);
  // A prerequisite is ready to build on once it is likely known (proficient); requiring full
  // mastery would let a sliver of blame on a long-known concept stall everything after it.
  const ready = (id: ConceptId): boolean => v.m(id) >= model.params.proficient;
  const frontier = scope.filter((id) => v.status(id) !== 'mastered' && graph.concepts.get(id)!.prereqs.every((p) => ready(p.id)));
  const streaks = failureStreaks(state.recent);

  // 1. The gap behind recent failures: a hidden prerequisite gap if the evidence points at
  // one (asked about while it is still believed known, taught once it is not), else the
  // failing concept itself.
  const inScope = new Set(scope);
  const worked = workedOn(v, inScope, streaks);
  const gap = gapSearch(v, inScope, streaks, worked);
  if (gap) {
    const step = gap.diagnose ? diagnoseFor(v, gap.id, gap.blame) : teachFor(v, gap.id, gap.blame);
    if (step) return step;
  }
  // A failing concept is worked on once what it requires outright is ready and its
  // prerequisite topics are still likely known: the sliver of blame a failure leaks onto a
  // topic prerequisite (a soft edge) must not turn the next step away from the failure.
  const workable = (id: ConceptId): boolean =>
    inScope.has(id) &&
    v.status(id) !== 'mastered' &&
    graph.concepts.get(id)!.prereqs.every((p) => (p.kind === 'requires' ? ready(p.id) : v.m(p.id) >= model.params.diagnoseAbove));
  for (const [failing, streak] of [...streaks].sort((a, b) => b[1].failures[0]!.at - a[1].failures[0]!.at)) {
    if (!workable(failing) || buildsOnWorked(v, failing, worked)) continue;
    const step = onlyShared(v, failing) ? diagnoseFor(v, failing, { failing, streak }) : teachFor(v, failing, { failing, streak });
    if (step) return step;
  }

  // 2. Due reviews, least recalled first.
  const due = frontier.filter((id) => v.status(id) === 'due').sort((a, b) => v.m(a) - v.m(b));
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
    const unsure = unverifiedBase(v, id, scope);
    if (unsure) {
      const item = diagnoseItem(v, unsure);
      if (item) return verifyStep(v, unsure, id, item);
    }
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

/** Placement and test-out answers survey what is known; they are not attempts at a step. */
function isSurvey(r: EvidenceRecord): boolean {
  return r.quizKind === 'placement' || r.quizKind === 'test-out';
}

/** Consecutive failures per concept, newest first, up to its last success. */
function failureStreaks(recent: readonly EvidenceRecord[]): Map<ConceptId, Streak> {
  const streaks = new Map<ConceptId, Streak>();
  const closed = new Set<ConceptId>();
  for (let i = recent.length - 1; i >= 0; i--) {
    const r = recent[i]!;
    // Placement and test-out answers are surveys, not attempts at the current step; what
    // they say is already in the beliefs.
    if (isSurvey(r)) continue;
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

interface Gap {
  id: ConceptId;
  diagnose: boolean;
  blame: Blame;
  /** P(this concept is the root gap behind the failures). */
  p: number;
}

/**
 * Is a prerequisite the reason a concept keeps failing? For the most recent failure streaks,
 * weigh the hypotheses "nothing is missing underneath, the concept is just not learned yet"
 * against "prerequisite a is the topmost unknown" for every ancestor a:
 *   - prior: from the beliefs, P(a unknown) times P(everything a builds on is known); an
 *     ancestor through `requires` edges blocks learning outright, one that is only a
 *     direct topic prerequisite blocks with topicStrength;
 *   - evidence: the concept's recent results. A learnable concept gets learned as it is
 *     practised, so its pass rate should climb from the guess rate; a blocked one stays at
 *     the guess rate. The likelihood ratio of the two is what moves the odds.
 * The most likely root is acted on once it is likely enough (params.probeAbove).
 */
function gapSearch(v: View, inScope: Set<ConceptId>, streaks: Map<ConceptId, Streak>, worked: Set<ConceptId>): Gap | null {
  const { params } = v.model;
  let best: Gap | null = null;
  const ordered = [...streaks].filter(([id]) => inScope.has(id)).sort((a, b) => b[1].failures[0]!.at - a[1].failures[0]!.at);
  for (const [failing, streak] of ordered.slice(0, 3)) {
    if (buildsOnWorked(v, failing, worked)) continue;
    const roots = rootSuspects(v, failing, inScope).filter((r) => !worked.has(r.id));
    if (roots.length === 0) continue;
    // Odds of each single-root hypothesis against "nothing missing": its prior odds times
    // how much better "blocked" explains the failing concept's results.
    const stuck = stuckRatio(v, failing);
    const odds = roots.map((r) => (r.score / Math.max(1e-9, 1 - r.score)) * stuck * patternRatio(v, r.id, failing));
    const total = 1 + odds.reduce((acc, o) => acc + o, 0);
    for (const [i, r] of roots.entries()) {
      const p = odds[i]! / total;
      // Quick questions are for beliefs that rest on credit (placement, test-out, dependents'
      // results). A concept the learner has passed directly, repeatedly, is practised again
      // instead when the failures point at it: two passes can be guesses on an easy check.
      const diagnose = (v.m(r.id) >= params.diagnoseAbove || onlyShared(v, r.id)) && practisedPasses(v, r.id) < 2;
      if (p >= params.probeAbove && (!best || p > best.p)) best = { id: r.id, diagnose, blame: { failing, streak }, p };
    }
  }
  return best;
}

/**
 * Concepts failing themselves and believed unknown: already being worked on. What lies under
 * one is its own streak's question, and what builds on one fails because of it.
 */
function workedOn(v: View, inScope: Set<ConceptId>, streaks: Map<ConceptId, Streak>): Set<ConceptId> {
  return new Set([...streaks.keys()].filter((id) => inScope.has(id) && v.m(id) < v.model.params.diagnoseAbove));
}

function buildsOnWorked(v: View, id: ConceptId, worked: Set<ConceptId>): boolean {
  for (const a of requiresClosure(v.model.graph, id)) if (worked.has(a)) return true;
  return false;
}

/**
 * Likelihood ratio "blocked" : "learnable" of the concept's recent check results (oldest
 * first). Learnable: known with probability K, which starts at the prior and grows by the
 * learn rate with every attempt; blocked: never known, so every pass is a guess.
 */
function stuckRatio(v: View, id: ConceptId): number {
  const { params } = v.model;
  // Learners learn at different speeds: the learnable hypothesis uses half the fitted rate,
  // so a slow learner is not mistaken for a blocked one.
  const learn = params.learnByConcept[id] ?? params.learn;
  let known = priorOf(v.model, id);
  let ratio = 1;
  for (const r of v.state.recent) {
    if (r.source !== 'check' || !r.concepts.includes(id) || r.hinted) continue;
    // Population noise, not this learner's: their ability estimate has absorbed these same failures.
    const noise = checkNoise(params, r.exerciseId!, r.ref.slice(r.ref.indexOf('#') + 1), false);
    const pLearnable = noise.guess + (1 - noise.slip - noise.guess) * known;
    ratio *= r.passed ? noise.guess / pLearnable : (1 - noise.guess) / (1 - pLearnable);
    known = known + (1 - known) * learn;
  }
  return ratio;
}

/**
 * Likelihood ratio "`root` is unknown (and blocks everything built on it)" : "nothing is
 * missing" of the other recent results (the failing concept's own are stuckRatio's): a pass
 * on anything built on the root is then a guess, a failure there is expected. So a passed
 * check that needs the root all but clears it, and failures elsewhere on its dependents
 * (a wrong quick answer, another failing check) point at it.
 */
function patternRatio(v: View, root: ConceptId, failing: ConceptId): number {
  const { graph, params } = v.model;
  const blocked = (c: ConceptId): boolean => c === root || requiresClosure(graph, c).has(root);
  let ratio = 1;
  for (const r of v.state.recent) {
    if (r.hinted || isSurvey(r) || r.concepts.includes(failing)) continue;
    if (!r.concepts.some(blocked)) continue;
    const noise = r.source === 'check'
      ? checkNoise(params, r.exerciseId!, r.ref.slice(r.ref.indexOf('#') + 1), false)
      : quizNoise(params, r.ref, graph.quizItems.get(r.ref)?.options);
    // Without a gap, the record's concepts were as likely known as believed just before it:
    // today's beliefs have absorbed the result, which would explain it away.
    let known = r.knownBefore ?? 1;
    if (r.knownBefore === undefined) for (const c of r.concepts) known *= ownBelief(v, c);
    const pNormal = noise.guess + (1 - noise.slip - noise.guess) * known;
    ratio *= r.passed ? noise.guess / Math.max(1e-6, pNormal) : (1 - noise.guess) / Math.max(1e-6, 1 - pNormal);
  }
  return ratio;
}

/**
 * A concept credited without practice (placement, test-out) whose belief fell only through
 * failures it shared with other tags: the blame may belong to a co-tagged concept, so a quick
 * question on it alone settles whether to teach it.
 */
function onlyShared(v: View, id: ConceptId): boolean {
  if (!credited(v, id)) return false;
  let shared = false;
  for (const r of v.state.recent) {
    if (!r.concepts.includes(id) || isSurvey(r)) continue;
    if (r.concepts.length === 1) return false;
    shared = true;
  }
  return shared;
}

/**
 * Passes that came from practice. Right answers to quick diagnosis questions are not counted:
 * a multiple-choice guess is right often enough that two of them prove little, and they are
 * what the gap search itself asks.
 */
function practisedPasses(v: View, id: ConceptId): number {
  let quick = 0;
  for (const r of v.state.recent) if (r.passed && r.quizKind === 'diagnose' && r.concepts.includes(id)) quick++;
  return v.cs(id).passes - quick;
}

/**
 * The most foundational concept that `id`'s topic builds on (through `requires`, within the
 * goal) and that is believed known only on credit, short of mastery-level confidence. Building
 * on it unchecked risks a run of failures that look like ordinary learning; one quick question
 * first is cheaper, and going top-down means a wrong answer points at the topmost gap, not at
 * something built on it.
 */
function unverifiedBase(v: View, id: ConceptId, scope: readonly ConceptId[]): ConceptId | null {
  const { graph, params } = v.model;
  const topicId = graph.concepts.get(id)!.topicId;
  let best: ConceptId | null = null;
  for (const c of scope) {
    if (graph.concepts.get(c)!.topicId !== topicId) continue;
    for (const a of requiresClosure(graph, c)) {
      if (graph.concepts.get(a)!.topicId === topicId || !credited(v, a) || v.m(a) >= params.mastered || v.m(a) < params.proficient) continue;
      if (best === null || graph.concepts.get(a)!.index < graph.concepts.get(best)!.index) best = a;
    }
  }
  return best;
}

/** Believed known on credit before any direct evidence: placement or a test-out. */
function credited(v: View, id: ConceptId): boolean {
  return heldOnCredit(v.cs(id));
}

function ownBelief(v: View, a: ConceptId): number {
  let x = v.own.get(a);
  if (x === undefined) v.own.set(a, (x = sigmoid(logit(v.m(a)) - v.cs(a).leak)));
  return x;
}

/** Ancestors of `id` that could be the topmost unknown, with P(they are, and block it). */
function rootSuspects(v: View, id: ConceptId, inScope: Set<ConceptId>): { id: ConceptId; score: number }[] {
  const { graph, params } = v.model;
  const byRequires = requiresClosure(graph, id);
  const direct = new Set(graph.concepts.get(id)!.prereqs.map((p) => p.id));
  const out: { id: ConceptId; score: number }[] = [];
  // Beliefs without what dependents' results said about them: the failing concept's results
  // are weighed by stuckRatio, and blame spread by leak along a chain would otherwise point
  // at the nearest prerequisite rather than the topmost unknown one.
  const own = (a: ConceptId): number => ownBelief(v, a);
  for (const a of graph.ancestors.get(id) ?? []) {
    if (!inScope.has(a) || !(byRequires.has(a) || direct.has(a))) continue;
    const unknown = 1 - own(a);
    if (unknown < 1e-3) continue;
    let above = 1;
    for (const b of graph.ancestors.get(a) ?? []) above *= own(b);
    out.push({ id: a, score: unknown * above * (byRequires.has(a) ? 1 : params.topicStrength) });
  }
  return out;
}

const closures = new WeakMap<CurriculumGraph, Map<ConceptId, Set<ConceptId>>>();

/** Ancestors of `id` through `requires` edges only (memoised per graph). */
function requiresClosure(graph: CurriculumGraph, id: ConceptId): Set<ConceptId> {
  let byId = closures.get(graph);
  if (!byId) closures.set(graph, (byId = new Map()));
  const cached = byId.get(id);
  if (cached) return cached;
  const seen = new Set<ConceptId>();
  const stack = [id];
  while (stack.length > 0) {
    for (const p of graph.concepts.get(stack.pop()!)!.prereqs) {
      if (p.kind === 'requires' && !seen.has(p.id)) {
        seen.add(p.id);
        stack.push(p.id);
      }
    }
  }
  byId.set(id, seen);
  return seen;
}

function diagnoseFor(v: View, id: ConceptId, blame: Blame): NextStep | null {
  const item = diagnoseItem(v, id);
  return item ? diagnoseStep(v, id, item, blame) : teachFor(v, id, blame);
}

function teachFor(v: View, id: ConceptId, blame: Blame): NextStep | null {
  const item = teachItem(v, id);
  return item ? gapStep(v, id, item, blame) : null;
}

function teachItem(v: View, id: ConceptId): StepItem | null {
  if (v.status(id) === 'due') return practiceItem(v, id, 'review');
  if (!practisedBefore(v, id)) {
    const lesson = (v.model.graph.lessonsByConcept.get(id) ?? []).find((l) => !v.state.lessonsViewed.includes(l.id));
    if (lesson) return { kind: 'lesson', id: lesson.id, topicId: lesson.topicId, conceptIds: lesson.concepts };
  }
  return practiceItem(v, id, 'exercise');
}

/**
 * Survey answers (placement, test-out) are not practice: a learner who got Express questions
 * wrong in placement still starts Express with its lesson. Once the survey answers have left
 * the recent window, a belief at 0.5 or more says the concept has been worked on.
 */
function practisedBefore(v: View, id: ConceptId): boolean {
  if (v.cs(id).attempts === 0) return false;
  return v.m(id) >= 0.5 || v.state.recent.some((r) => r.concepts.includes(id) && !isSurvey(r));
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
    // The question should turn on this concept alone: other tags that may be unknown (often
    // the very concept that keeps failing) would make a wrong answer say nothing.
    const q = minBy(quiz, (item) => item.concepts.reduce((s, c) => s + (c === id ? 0 : 1 - ownBelief(v, c)), 0) + 0.01 * item.concepts.length, v.rng);
    return { kind: 'diagnose', id: q.id, topicId: q.topicId, conceptIds: q.concepts };
  }
  const item = practiceItem(v, id, 'exercise');
  // A check that also needs something likely unknown cannot tell whether this concept is known.
  if (!item || item.conceptIds.some((c) => c !== id && ownBelief(v, c) < 0.5)) return null;
  return { ...item, kind: 'diagnose' };
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
  // A likely-known concept taught after shared failures is being isolated, not doubted.
  const shown =
    v.cs(id).passes === 0
      ? 'which you have not shown yet'
      : v.m(id) >= v.model.params.proficient
        ? `which you probably know (chance: ${pct(v.m(id))}); practising it on its own shows whether it is part of the problem`
        : `which is not solid yet (chance you know it: ${pct(v.m(id))})`;
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

function verifyStep(v: View, id: ConceptId, next: ConceptId, item: StepItem): NextStep {
  const title = conceptTitle(v, id);
  const reason = `Next is ${conceptTitle(v, next)}, which builds on ${title}. You were credited with ${title} without practising it (chance you know it: ${pct(v.m(id))}); one quick question confirms it before you build on it.`;
  return { item, conceptId: id, why: 'diagnose', reason, evidence: [conceptEvidence(v, id), conceptEvidence(v, next)] };
}

function reviewStep(v: View, id: ConceptId, item: StepItem): NextStep {
  const c = v.cs(id);
  const days = c.memory ? Math.round(elapsedDays(c.memory.lastAt, v.now)) : 0;
  const reason = `You last practised ${conceptTitle(v, id)} about ${days === 1 ? '1 day' : `${days} days`} ago and the chance you still recall it is down to ${pct(v.m(id))}; a short review keeps it solid.`;
  return { item, conceptId: id, why: 'review', reason, evidence: [conceptEvidence(v, id)] };
}

function newStep(v: View, id: ConceptId, item: StepItem): NextStep {
  const node = v.model.graph.concepts.get(id)!;
  const topic = v.model.graph.topics.get(node.topicId)!.title;
  const prereqs = node.prereqs.filter((p) => p.kind === 'requires').map((p) => conceptTitle(v, p.id));
  const base = prereqs.length > 0 ? `What it builds on (${prereqs.join(', ')}) is solid.` : 'It builds on nothing you have not shown.';
  const records = v.state.recent.filter((r) => r.concepts.includes(id));
  const what =
    item.kind === 'lesson'
      ? 'Start with the lesson'
      : records.length > 0 && records.every(isSurvey)
        ? `First practice: your quick-check answers put the chance you know it at ${pct(v.m(id))}`
        : !practisedBefore(v, id)
          ? 'First practice'
          : `Keep practising (chance you know it: ${pct(v.m(id))})`;
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
  return { kind: 'concept', id, title: conceptTitle(v, id), mastery: v.m(id), recall: recallOf(c, v.now, v.model.params), attempts: c.attempts };
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
