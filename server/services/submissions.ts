// A submission is graded, then stored with one row per check and one learning event per
// graded check, all in one transaction, before the learner sees the report.
import { Buffer } from 'node:buffer';
import type { Prisma } from '@prisma/client';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { GradeReport } from '../grader/report.ts';
import type { ExerciseCatalogue } from './exercise-catalogue.ts';
import type { LearningService } from './learning.ts';

export const MAX_CODE_BYTES = 100 * 1024;

export interface Grader {
  /** Resolves with a report for anything the learner wrote; rejects only when it cannot grade. */
  grade(exerciseId: string, code: string): Promise<GradeReport>;
}

/** Thrown by a grader whose queue is full; mapped to 429 with Retry-After. */
export interface BusyError {
  retryAfterSeconds: number;
}
const isBusy = (error: unknown): error is BusyError => typeof (error as BusyError | null)?.retryAfterSeconds === 'number';

export interface SubmissionSummary {
  id: string;
  exerciseId: string;
  status: GradeReport['status'];
  passed: number;
  total: number;
  durationMs: number;
  createdAt: string;
}

export function createSubmissionService(deps: { db: Db; grader: Grader; exercises: ExerciseCatalogue; learning: LearningService; now: () => Date }) {
  const { db, grader, exercises, learning, now } = deps;

  const summarize = (row: { id: string; exerciseId: string; status: GradeReport['status']; durationMs: number; createdAt: Date; report: Prisma.JsonValue }): SubmissionSummary => {
    const summary = (row.report as Pick<GradeReport, 'summary'> | null)?.summary;
    return { id: row.id, exerciseId: row.exerciseId, status: row.status, passed: summary?.passed ?? 0, total: summary?.total ?? 0, durationMs: row.durationMs, createdAt: row.createdAt.toISOString() };
  };

  return {
    async submit(userId: string, exerciseId: string, code: string) {
      if (!exercises.get(exerciseId)) throw new AppError('EXERCISE_NOT_FOUND');
      if (Buffer.byteLength(code, 'utf8') > MAX_CODE_BYTES) throw new AppError('SUBMISSION_TOO_LARGE', { details: { limitBytes: MAX_CODE_BYTES } });
      const started = performance.now();
      let report: GradeReport;
      try {
        report = await grader.grade(exerciseId, code);
      } catch (error) {
        if (isBusy(error)) {
          throw new AppError('GRADER_BUSY', { headers: { 'Retry-After': String(error.retryAfterSeconds) }, details: { retryAfterSeconds: error.retryAfterSeconds } });
        }
        throw error;
      }
      const durationMs = Math.round(performance.now() - started);
      const at = now();
      // Checks that never ran say nothing about what the learner knows.
      const graded = report.checks.filter((check) => check.kind !== 'not-run');
      const { created, entry } = await db.$transaction(async (tx) => {
        const created = await tx.submission.create({
          data: {
            userId, exerciseId, code, report: report as unknown as Prisma.InputJsonValue, status: report.status, durationMs, createdAt: at,
            checks: { create: graded.map((check) => ({ exerciseId, checkId: check.id, passed: check.passed, concepts: check.concepts })) },
          },
        });
        const events = graded.map((check) => ({ type: 'check-result' as const, exerciseId, checkId: check.id, concepts: check.concepts, passed: check.passed }));
        return { created, entry: await learning.append(tx, userId, events, at) };
      });
      learning.commit(userId, entry);
      return { submission: summarize(created), report };
    },

    async history(userId: string, exerciseId: string): Promise<SubmissionSummary[]> {
      if (!exercises.get(exerciseId)) throw new AppError('EXERCISE_NOT_FOUND');
      const rows = await db.submission.findMany({ where: { userId, exerciseId }, orderBy: { createdAt: 'desc' }, take: 50 });
      return rows.map(summarize);
    },

    /** A learner sees their own submissions; instructors and admins see everyone's. */
    async get(viewer: { sub: string; role: string }, id: string) {
      const row = await db.submission.findUnique({ where: { id } });
      if (!row || (row.userId !== viewer.sub && viewer.role === 'learner')) throw new AppError('SUBMISSION_NOT_FOUND');
      return { submission: summarize(row), code: row.code, report: row.report as unknown as GradeReport };
    },
  };
}

export type SubmissionService = ReturnType<typeof createSubmissionService>;
