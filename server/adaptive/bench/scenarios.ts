// The benchmark's scenarios. Each is a pure function of the seed and the learner count, so
// the two worker threads (run.ts) print the same figures as running them one after another.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, goalConcepts } from '../graph.ts';
import type { CurriculumGraph } from '../graph.ts';
import { createModel } from '../model.ts';
import { defaultParams } from '../params.ts';
import { placementPosterior } from '../placement.ts';
import { applyEvent, initialState } from '../reducer.ts';
import { nextStep } from '../next-step.ts';
import { fitParams, paramsWithStats } from '../fit.ts';
import { deriveSeed, mulberry32 } from '../rng.ts';
import type { ConceptId, GraphInput, LearningEvent, Params } from '../types.ts';
import { loadBenchCurriculum } from './curriculum.ts';
import type { BenchCurriculum } from './curriculum.ts';
import { auc, calibrationError, median, mean } from './metrics.ts';
import type { Row } from './metrics.ts';
import { engineStep, goalDone, memoPlacement, newlyMastered, runEngine, runFixed, runOracle, Session } from './policies.ts';
import type { Calibration, EngineRunner } from './policies.ts';
import { ExactObserver, watchLearner } from './observer.ts';
import type { Watched } from './observer.ts';
import { createWorld, mistag, seedPriorKnowledge, SimLearner } from './sim.ts';
import type { SimWorld } from './sim.ts';

export const SEED = 7;
const START = Date.UTC(2025, 0, 6, 9);
export const CAP = 1500;
const GOAL = 'core';
/** Learners in the training cohort whose logs the parameters are fitted on (seeds disjoint from the evaluation). */
export const TRAIN = 40;

export interface Bench {
  input: GraphInput;
  fromFiles: string[];
  curriculum: BenchCurriculum;
  truthGraph: CurriculumGraph;
  world: SimWorld;
}

export async function loadBench(): Promise<Bench> {
  const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
  const curriculum = await loadBenchCurriculum(join(repo, 'curriculum'), join(repo, 'exercises'), mulberry32(SEED));
  const { input, fromFiles } = curriculum;
  const truthGraph = buildGraph(input);
  return { input, fromFiles, curriculum, truthGraph, world: createWorld(truthGraph, mulberry32(SEED + 1)) };
}

function engineInput(bench: Bench, shown: Map<string, ConceptId[]> | null): GraphInput {
  const { input } = bench;
  if (!shown) return input;
  return { ...input, exercises: input.exercises!.map((ex) => ({ ...ex, checks: ex.checks.map((ch) => ({ ...ch, concepts: shown.get(`${ex.id}#${ch.id}`)! })) })) };
}

function newLearner(w: SimWorld, i: number, salt: number): { learner: SimLearner; rng: () => number } {
  const rng = mulberry32(deriveSeed(SEED * 1000 + salt, i));
  return { learner: newcomer(w, rng), rng };
}

/** A newcomer as the cold-start scenarios draw them: ability and prior knowledge from `rng`. */
function newcomer(w: SimWorld, rng: () => number): SimLearner {
  const learner = new SimLearner(w, rng, START);
  seedPriorKnowledge(learner, w.graph, rng);
  return learner;
}

/**
 * What production does with stored logs (`npm run adaptive:fit`): a training cohort of
 * learners (seeds disjoint from the evaluation's) is run through the engine with the
 * cold-start parameters; guess/slip per check, the learn rate, the memory (forgetting)
 * parameters and the spread of ability are fitted on their logs alone (never on the hidden
 * truth).
 */
export function trainParams(bench: Bench, graph: CurriculumGraph, learners: number): { params: Params; note: string } {
  const runner: EngineRunner = { model: createModel(graph, defaultParams()), stats: {}, calibration: null };
  const logs: LearningEvent[][] = [];
  for (let i = 0; i < learners; i++) {
    const a = newLearner(bench.world, i, 50);
    runner.log = [];
    runEngine(runner, a.learner, GOAL, START, mulberry32(deriveSeed(SEED + 50, i)), CAP);
    logs.push(runner.log);
  }
  const t0 = performance.now();
  const fit = fitParams(logs, runner.model, { iterations: 1, fitMemory: true, steps: 4 });
  const m = fit.params.memory;
  const note =
    `fitted on ${learners} training learners (${fit.observations} results, ${((performance.now() - t0) / 1000).toFixed(0)} s): learn ${fit.params.learn}, ability sd ${fit.params.ability.sd}, ` +
    `requires/topic strength ${fit.params.requiresStrength}/${fit.params.topicStrength}, memory initial ${m.initial} d, placed ${m.placed} d, growth ${m.growth}, ` +
    `lapse ${m.lapse}, implicit ${m.implicit}, spacing ${m.spacing}, decay ${m.decay}`;
  return { params: fit.params, note };
}

export interface ColdResult {
  label: string;
  engine: { steps: number; exercises: number; quizzes: number; lessons: number }[];
  fixed: number[];
  oracle: number[];
  calibration: Calibration;
  params: Params;
  note: string;
}

/** Cold start to the whole core roadmap: engine vs fixed order vs oracle on identical learners. */
export function coldStart(bench: Bench, label: string, messy: boolean, learners: number): ColdResult {
  const cohort = engineCohort(bench, messy);
  const engine: ColdResult['engine'] = [];
  const fixed: number[] = [];
  const oracle: number[] = [];
  for (let i = 0; i < learners; i++) {
    const s = cohort.run(i, newLearner(bench.world, i, 1).learner);
    engine.push({ steps: s.steps, exercises: s.exercises, quizzes: s.quizzes, lessons: s.lessons });
    const b = newLearner(bench.world, i, 1);
    fixed.push(runFixed(cohort.graph, b.learner, GOAL, START, CAP).steps);
    const c = newLearner(bench.world, i, 1);
    oracle.push(runOracle(bench.truthGraph, bench.world.truth, c.learner, GOAL, START, CAP).steps);
  }
  return { label, engine, fixed, oracle, calibration: cohort.runner.calibration!, params: cohort.params, note: cohort.note };
}

/**
 * The engine side of a cold-start scenario: the graph it sees (15% wrong tags when messy),
 * parameters fitted on the training cohort, and learner i's run with check difficulty
 * refreshed online from the counts of the learners before (every 25).
 */
function engineCohort(bench: Bench, messy: boolean) {
  const shown = messy ? mistag(bench.world, 0.15, mulberry32(SEED + 2)) : null;
  const graph = buildGraph(engineInput(bench, shown));
  const { params, note } = trainParams(bench, graph, TRAIN);
  const runner: EngineRunner = { model: createModel(graph, params), stats: {}, calibration: { predicted: [], truth: [], outcome: [] } };
  const run = (i: number, learner: SimLearner): Session => {
    if (i > 0 && i % 25 === 0) {
      runner.model = createModel(graph, paramsWithStats(params, runner.stats));
      runner.placementMemo = new Map();
    }
    return runEngine(runner, learner, GOAL, START, mulberry32(deriveSeed(SEED, i)), CAP);
  };
  return { graph, params, note, runner, run };
}

export interface ObservedResult {
  label: string;
  learners: number;
  particles: number;
  checks: number;
  engine: number;
  observer: number;
  ceiling: number;
}

/**
 * The first learners of a cold-start scenario, exactly as coldStart runs the engine on them,
 * followed by the exact-model observer (observer.ts): how close the engine's predictions come
 * to the best an observer of this simulator could do, next to the hidden-state ceiling.
 */
export function observedColdStart(bench: Bench, label: string, messy: boolean, learners: number, particles: number): ObservedResult {
  const cohort = engineCohort(bench, messy);
  const sink: Watched = { predicted: [], outcome: [] };
  for (let i = 0; i < learners; i++) {
    const { learner } = newLearner(bench.world, i, 1);
    const observer = new ExactObserver(mulberry32(deriveSeed(SEED + 99, i)), particles, (rng) => newcomer(bench.world, rng));
    watchLearner(learner, observer, sink);
    cohort.run(i, learner);
  }
  const cal = cohort.runner.calibration!;
  return {
    label,
    learners,
    particles,
    checks: cal.outcome.length,
    engine: auc(cal.predicted, cal.outcome),
    observer: auc(sink.predicted, sink.outcome),
    ceiling: auc(cal.truth, cal.outcome),
  };
}

export interface GapResult {
  share: number;
  picksToRoot: number;
  verdicts: number;
  trueShare: number;
  learners: number;
}

/** Learners dropped into Express with a hidden gap below it, after testing out of the earlier topics. */
export function hiddenGap(bench: Bench, params: Params, learners: number): GapResult {
  const { truthGraph, world } = bench;
  const model = createModel(truthGraph, params);
  const earlier = ['js-fundamentals', 'async-js', 'http', 'node-runtime'];
  const earlierSet = new Set(earlier.flatMap((t) => truthGraph.topics.get(t)!.concepts.map((c) => c.id)));
  const express = truthGraph.topics.get('express')!.concepts.map((c) => c.id);
  // Gaps that truly block Express: ancestors through the curriculum's explicit `requires`
  // (the simulator's truth), not through the edges the engine derives from topics.
  const requiresAncestors = (c: ConceptId, seen = new Set<ConceptId>()): Set<ConceptId> => {
    for (const p of truthGraph.concepts.get(c)!.prereqs) if (p.kind === 'requires' && !seen.has(p.id)) requiresAncestors(p.id, seen.add(p.id));
    return seen;
  };
  const roots = [...new Set(express.flatMap((c) => [...requiresAncestors(c)]))].filter((c) => earlierSet.has(c)).sort();
  const scope = goalConcepts(truthGraph, 'express');
  let picksAfterFailure = 0;
  let picksOnRoot = 0;
  const picksToRoot: number[] = [];
  let verdicts = 0;
  let trueVerdicts = 0;
  const runner: EngineRunner = { model, stats: {}, calibration: null };
  for (let i = 0; i < learners; i++) {
    const rng = mulberry32(deriveSeed(SEED * 1000 + 2, i));
    const learner = new SimLearner(world, rng, START);
    const gap = roots[Math.floor(rng() * roots.length)]!;
    const below = new Set([gap, ...truthGraph.order.filter((c) => requiresAncestors(c).has(gap))]);
    for (const c of earlierSet) learner.setKnown(c, !below.has(c));
    const session = new Session(START);
    let state = initialState('express');
    for (const topicId of earlier) state = applyEvent(state, { type: 'test-out', topicId, passed: true, at: START }, model);
    const pickRng = mulberry32(deriveSeed(SEED, 10_000 + i));
    let firstFailureAt: number | null = null;
    let reached: number | null = null;
    let lastFailedOnGap = false;
    for (let pick = 0; pick < 40; pick++) {
      learner.advance(session.now);
      if (goalDone(learner, express)) break;
      const step = nextStep(state, model, 'express', session.now, pickRng);
      const onRoot = step.item.conceptIds.includes(gap) && !learner.knows(gap);
      if (lastFailedOnGap && !learner.knows(gap)) {
        picksAfterFailure++;
        if (onRoot) picksOnRoot++;
      }
      if (firstFailureAt !== null && reached === null && onRoot) reached = pick - firstFailureAt;
      const before = state;
      const truthConcepts = truthOf(world, step.item.id, step.item.conceptIds);
      const out = engineStep(runner, learner, state, step.item, session);
      state = out.state;
      for (const c of newlyMastered(model, before, state, scope, session.now)) {
        verdicts++;
        if (learner.knows(c)) trueVerdicts++;
      }
      // A failure the gap explains: the item truly needs the gap or something built on it.
      lastFailedOnGap = out.failed && truthConcepts.some((c) => below.has(c));
      if (lastFailedOnGap && firstFailureAt === null) firstFailureAt = pick + 1;
    }
    if (firstFailureAt !== null) picksToRoot.push(reached ?? 40);
  }
  return { share: picksOnRoot / Math.max(1, picksAfterFailure), picksToRoot: median(picksToRoot), verdicts, trueShare: trueVerdicts / Math.max(1, verdicts), learners: picksToRoot.length };
}

function truthOf(w: SimWorld, id: string, shown: ConceptId[]): ConceptId[] {
  const ex = w.graph.exercises.get(id);
  if (ex) return ex.checks.flatMap((ch) => w.truth.get(`${id}#${ch.id}`)!);
  return w.truth.get(id) ?? shown;
}

export interface PlacementResult {
  mean: number;
  worst: string;
  worstValue: number;
  questions: number;
  maxQuestions: number;
}

/** Placement accuracy: classify every core concept as known (P >= 0.5) after at most 12 questions. */
export function placement(bench: Bench, learners: number): PlacementResult {
  const { truthGraph, world } = bench;
  const model = createModel(truthGraph);
  const runner: EngineRunner = { model, stats: {}, calibration: null };
  const core = goalConcepts(truthGraph, GOAL);
  const correct = new Map(core.map((c) => [c, 0]));
  const questions: number[] = [];
  for (let i = 0; i < learners; i++) {
    const { learner } = newLearner(world, i, 3);
    const state = initialState(GOAL);
    const answers: { itemId: string; correct: boolean }[] = [];
    for (;;) {
      const step = memoPlacement(runner, state, answers);
      if (step.done || !step.item) break;
      const q = truthGraph.quizItems.get(step.item.id)!;
      answers.push({ itemId: q.id, correct: learner.attempt(q.id, q.options ? 1 / q.options : 0, 0).success });
    }
    questions.push(answers.length);
    const post = placementPosterior(model, answers);
    for (const c of core) if (post.get(c)! >= 0.5 === learner.knows(c)) correct.set(c, correct.get(c)! + 1);
  }
  const perConcept = core.map((c) => correct.get(c)! / learners);
  const worst = core[perConcept.indexOf(Math.min(...perConcept))]!;
  return { mean: mean(perConcept), worst, worstValue: Math.min(...perConcept), questions: median(questions), maxQuestions: Math.max(...questions) };
}

export function coldRows(r: ColdResult): Row[] {
  const eSteps = median(r.engine.map((s) => s.steps));
  const eEx = median(r.engine.map((s) => s.exercises));
  const f = median(r.fixed);
  const o = median(r.oracle);
  const capped = r.engine.filter((s) => s.steps >= CAP).length;
  const aucEngine = auc(r.calibration.predicted, r.calibration.outcome);
  const aucCeiling = auc(r.calibration.truth, r.calibration.outcome);
  const ece = calibrationError(r.calibration.predicted, r.calibration.outcome);
  const reduction = 1 - eSteps / f;
  const gapClosed = (f - eSteps) / Math.max(1e-9, f - o);
  return [
    { metric: `[${r.label}] median steps to master the core (engine / fixed / oracle)`, value: `${eSteps} / ${f} / ${o}`, target: 'info', pass: null },
    { metric: `[${r.label}]   engine steps split: exercises / quiz questions / lessons (medians)`, value: `${eEx} / ${median(r.engine.map((s) => s.quizzes))} / ${median(r.engine.map((s) => s.lessons))}`, target: 'info', pass: null },
    { metric: `[${r.label}]   engine fewer steps than fixed`, value: pct(reduction), target: '>= 25%', pass: reduction >= 0.25 },
    { metric: `[${r.label}]   share of the fixed-to-oracle gap closed`, value: pct(gapClosed), target: '>= 50%', pass: gapClosed >= 0.5 },
    { metric: `[${r.label}]   engine runs that hit the ${CAP}-step cap`, value: `${capped}`, target: 'info', pass: null },
    { metric: `[${r.label}] AUC of predicted check success (engine / ceiling)`, value: `${aucEngine.toFixed(3)} / ${aucCeiling.toFixed(3)}`, target: 'within 5%', pass: aucEngine >= 0.95 * aucCeiling },
    { metric: `[${r.label}] calibration error (ECE, 10 bins, ${r.calibration.outcome.length} checks)`, value: ece.toFixed(3), target: '<= 0.05', pass: ece <= 0.05 },
  ];
}

export function gapRows(gap: GapResult): Row[] {
  return [
    { metric: `[hidden gap] picks after a gap-caused failure that target the root gap (${gap.learners} learners)`, value: pct(gap.share), target: '>= 70%', pass: gap.share >= 0.7 },
    { metric: '[hidden gap] median picks from first failure to the root gap', value: `${gap.picksToRoot}`, target: '<= 1', pass: gap.picksToRoot <= 1 },
    { metric: `[hidden gap] "mastered" verdicts that are true (${gap.verdicts} verdicts)`, value: pct(gap.trueShare), target: '>= 95%', pass: gap.trueShare >= 0.95 },
  ];
}

export function placementRows(pl: PlacementResult): Row[] {
  return [
    { metric: `[placement] per-concept accuracy, mean over core concepts (median ${pl.questions} questions, max ${pl.maxQuestions})`, value: pct(pl.mean), target: '>= 90%', pass: pl.mean >= 0.9 },
    { metric: `[placement]   worst concept (${pl.worst})`, value: pct(pl.worstValue), target: 'info', pass: null },
  ];
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
