// npm run adaptive:fit:json -- <events.json> [--graph graph.json] [--out params.json]
// Refits guess/slip per check, the learn rate, the memory (forgetting) parameters, the
// spread of learner ability and the prerequisite strengths from stored event logs. events.json is an
// array of logs (one array of LearningEvent per learner) or { "logs": [...] }. Without
// --graph the curriculum files and the exercises are read (with the benchmark's synthesized
// exercises for concepts no real check covers). `npm run adaptive:fit` (scripts/adaptive-fit.ts)
// fits from the server's database instead and writes the file the server reads.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBenchCurriculum } from './bench/curriculum.ts';
import { fitParams, fittedPart } from './fit.ts';
import { buildGraph } from './graph.ts';
import { createModel } from './model.ts';
import { defaultParams } from './params.ts';
import { mulberry32 } from './rng.ts';
import type { GraphInput, LearningEvent } from './types.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file) {
  console.error('usage: adaptive:fit:json <events.json> [--graph graph.json] [--out params.json]');
  process.exit(64);
}
const raw = JSON.parse(readFileSync(file, 'utf8')) as LearningEvent[][] | { logs: LearningEvent[][] };
const logs = Array.isArray(raw) ? raw : raw.logs;
const graphFile = flag('--graph');
const input: GraphInput = graphFile
  ? (JSON.parse(readFileSync(graphFile, 'utf8')) as GraphInput)
  : (await loadBenchCurriculum(join(dirname(fileURLToPath(import.meta.url)), '../../curriculum'), join(dirname(fileURLToPath(import.meta.url)), '../../exercises'), mulberry32(7))).input;
const model = createModel(buildGraph(input), defaultParams());
const result = fitParams(logs, model, { iterations: 2, fitMemory: true });
console.log(
  `${logs.length} learners, ${result.observations} results, ${result.checks} checks and items: ` +
    `log-likelihood ${result.logLikelihood.before.toFixed(1)} -> ${result.logLikelihood.after.toFixed(1)}, learn rate ${result.params.learn}, ` +
    `memory ${JSON.stringify(result.params.memory)}`,
);
const out = flag('--out');
const fitted = fittedPart(result.params);
if (out) writeFileSync(out, `${JSON.stringify(fitted, null, 2)}\n`);
else console.log(JSON.stringify(fitted, null, 2));
