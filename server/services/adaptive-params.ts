// The adaptive engine's fitted parameters: refit from the stored learning events by
// `npm run adaptive:fit`, kept in DATA_DIR/adaptive-params.json, read once at start.
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { fitParams, fittedPart, type LearningEvent } from '../adaptive/index.ts';
import type { Db } from '../db/client.ts';
import type { Content } from './content.ts';
import { modelFor } from './adaptive-model.ts';
import { toEngineEvent } from './learning.ts';

const unit = z.number().min(0).max(1);
const positive = z.number().positive().finite();

/** What a fit changes; everything else stays at the cold-start defaults. */
export const FittedParamsSchema = z.object({
  learn: unit,
  memory: z.object({ initial: positive, placed: positive, growth: positive, lapse: positive, implicit: positive, spacing: z.number().min(0), decay: positive }).strict(),
  ability: z.object({ sd: z.number().min(0).max(5) }).strict(),
  requiresStrength: unit,
  topicStrength: unit,
  /** Guess and slip per check (`exerciseId#checkId`) and quiz item. */
  checks: z.record(z.string(), z.object({ guess: unit, slip: unit }).strict()),
}).strict();
export type FittedParams = z.infer<typeof FittedParamsSchema>;

export class FittedParamsError extends Error {
  override readonly name = 'FittedParamsError';
}

export const paramsFile = (dataDir: string) => path.join(dataDir, 'adaptive-params.json');

/** The fitted parameters in `file`, or undefined when there is none yet (cold start). */
export async function readFittedParams(file: string): Promise<FittedParams | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new FittedParamsError(`${file} cannot be read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FittedParamsError(`${file} is not JSON: ${(error as Error).message}`);
  }
  const parsed = FittedParamsSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new FittedParamsError(`${file} is invalid (run \`npm run adaptive:fit\` again, or delete it for the defaults):\n${problems.join('\n')}`);
  }
  return parsed.data;
}

export interface FitReport {
  learners: number;
  observations: number;
  checks: number;
  logLikelihood: { before: number; after: number };
  fitted: FittedParams;
}

/**
 * Refits the parameters from every learner's stored events, starting from `current` (the
 * parameters in use). The curriculum is the content the server runs, so check keys match.
 */
export async function fitFromDatabase(db: Db, content: Content, current?: FittedParams): Promise<FitReport | null> {
  const rows = await db.learningEvent.findMany({ orderBy: [{ userId: 'asc' }, { seq: 'asc' }] });
  const logs = new Map<string, LearningEvent[]>();
  for (const row of rows) {
    const log = logs.get(row.userId) ?? [];
    log.push(toEngineEvent(row) as LearningEvent);
    logs.set(row.userId, log);
  }
  if (logs.size === 0) return null;
  const result = fitParams([...logs.values()], modelFor(content, current), { iterations: 2, fitMemory: true });
  if (result.observations === 0) return null;
  const fitted = FittedParamsSchema.parse(fittedPart(result.params));
  return { learners: logs.size, observations: result.observations, checks: result.checks, logLikelihood: result.logLikelihood, fitted };
}

export async function writeFittedParams(file: string, fitted: FittedParams): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(fitted, null, 2)}\n`);
  // Rename is atomic: a server starting meanwhile reads the old file or the new one.
  await rename(temporary, file);
}
