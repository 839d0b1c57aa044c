// Every sample exercise: its solution passes, its starter fails, and each wrong
// solution fails exactly the checks its exercise.yaml declares.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listExercises, loadExercise } from '../../server/grader/exercise.ts';
import { GradeReport } from '../../server/grader/report.ts';
import { startGrader, type Grader } from './harness.ts';

let grader: Grader;
beforeAll(async () => { grader = await startGrader(); });
afterAll(() => grader?.close());

const slugs = await listExercises();

describe.each(slugs)('exercise %s', (slug) => {
  it('grades the reference solution as a pass', async () => {
    const ex = await loadExercise(slug);
    const report = await grader.grade(slug, ex.solution);
    GradeReport.parse(report);
    expect(report.checks.filter((c) => !c.passed).map((c) => `${c.id}: ${c.message}`)).toEqual([]);
    expect(report.status).toBe('pass');
    expect(report.checks.length).toBeGreaterThanOrEqual(4);
  });

  it('grades the starter as a fail', async () => {
    const ex = await loadExercise(slug);
    const report = await grader.grade(slug, ex.starter);
    expect(report.status).not.toBe('pass');
  });

  it('has at least two wrong solutions, each failing exactly its declared checks', async () => {
    const ex = await loadExercise(slug);
    expect(ex.wrong.length).toBeGreaterThanOrEqual(2);
    for (const w of ex.wrong) {
      const report = await grader.grade(slug, w.code);
      const failed = report.checks.filter((c) => !c.passed).map((c) => c.id).sort();
      expect({ file: w.file, status: report.status, failed }).toEqual({ file: w.file, status: 'fail', failed: [...w.fails].sort() });
    }
  });
});
