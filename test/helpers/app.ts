import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { formatProblem, loadCurriculum, type Curriculum } from '../../server/curriculum/load.ts';
import type { LoadedExercise } from '../../server/grader/exercise.ts';
import { staticContent } from '../../server/services/content.ts';
import type { FittedParams } from '../../server/services/adaptive-params.ts';
import type { Grader } from '../../server/services/submissions.ts';
import { loadConfig, type ReadyConfig } from '../../server/config.ts';
import { createDb, type Db } from '../../server/db/client.ts';
import { createLogger } from '../../server/logger.ts';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

/** A mutable clock so expiry can be tested by moving time, not by waiting. */
export function testClock(start = new Date('2026-11-22T10:00:00Z')) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms: number) => {
      current += ms;
    },
  };
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Db;
  config: ReadyConfig;
  clock: ReturnType<typeof testClock>;
  logs: string[];
  close: () => Promise<void>;
}

const noGrader: Grader = {
  grade: () => Promise.reject(new Error('this test app has no grader')),
};

/** A fresh app over a fresh copy of the migrated template database. */
let curriculum: Curriculum | undefined;
/** The real curriculum, loaded once per test file. */
export function realCurriculum(): Curriculum {
  if (!curriculum) {
    const result = loadCurriculum(path.resolve(import.meta.dirname, '../../curriculum'), { checkOrphans: false });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    curriculum = result.curriculum;
  }
  return curriculum;
}

export async function createTestApp(
  env: Record<string, string> = {},
  parts: { exercises?: LoadedExercise[]; grader?: Grader; adaptiveParams?: FittedParams } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stepwise-test-'));
  const file = path.join(dir, 'test.db');
  copyFileSync(inject('templateDatabase'), file);
  const config = {
    ...loadConfig({ NODE_ENV: 'test', BCRYPT_COST: '4', DATA_DIR: dir, DATABASE_URL: `file:${file}`, ...env }),
    jwtSecret: TEST_SECRET,
  };
  const db = createDb(config.databaseUrl);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(String(chunk));
      callback();
    },
  });
  const clock = testClock();
  const app = createApp({
    config, db, logger: createLogger('info', sink), now: clock.now,
    content: staticContent(realCurriculum(), parts.exercises ?? []), grader: parts.grader ?? noGrader,
    ...(parts.adaptiveParams ? { adaptiveParams: parts.adaptiveParams } : {}),
  });
  return {
    app,
    db,
    config,
    clock,
    logs,
    close: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
