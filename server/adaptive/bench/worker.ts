// One benchmark worker: runs its share of the scenarios and posts the table rows back.
import { parentPort, workerData } from 'node:worker_threads';
import type { Row } from './metrics.ts';
import { coldRows, coldStart, gapRows, hiddenGap, loadBench, placement, placementRows } from './scenarios.ts';

export type Job = 'clean+gap' | 'messy+placement';
const { job, learners } = workerData as { job: Job; learners: number };
const bench = await loadBench();
const rows: Row[] = [];
const notes: string[] = [];
if (job === 'clean+gap') {
  const clean = coldStart(bench, 'clean tags', false, learners);
  rows.push(...coldRows(clean));
  notes.push(`[clean tags] ${clean.note}`);
  // The hidden-gap learners meet the engine as production would run it: with the parameters fitted on stored logs.
  rows.push(...gapRows(hiddenGap(bench, clean.params, learners)));
} else {
  const messy = coldStart(bench, '15% mis-tagged', true, learners);
  rows.push(...coldRows(messy));
  notes.push(`[15% mis-tagged] ${messy.note}`);
  rows.push(...placementRows(placement(bench, learners)));
}
parentPort!.postMessage({ rows, notes });
