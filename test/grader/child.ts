// Test-only grading process: isolated-vm needs --no-node-snapshot, which the
// Vitest workers do not have. One child serves many gradings over IPC; SQL
// exercises get a PGlite database here, a fresh schema per grading.
import { loadExercise, type LoadedExercise } from '../../server/grader/exercise.ts';
import { effectiveLimits, type Limits } from '../../server/grader/limits.ts';
import { compileLearner } from '../../server/grader/compile.ts';
import { Session } from '../../server/grader/session.ts';
import { decodeValue } from '../../server/grader/values.ts';
import { gradeWithDatabase } from '../../server/grader/grade-with-database.ts';

interface Job { id: number; exercise: string; code: string; filename?: string; limits?: Partial<Limits>; call?: { name: string; modules: string[] } }

/** Loads code in a bare session and calls one export: for runtime tests that need no checks. */
async function runCall(job: Job): Promise<unknown> {
  const compiled = await compileLearner(job.code, 'solution.ts');
  if (!compiled.ok) return { compileError: compiled.error };
  const session = await Session.create({ limits: effectiveLimits(job.limits), modules: job.call!.modules });
  try {
    const loaded = await session.load(compiled);
    if (!loaded.ok) return { loadError: loaded };
    const r = await session.call(job.call!.name, '[]', 24 * 3_600_000);
    const out = await session.takeConsole();
    return { ...r, value: r?.value === undefined ? undefined : decodeValue(r.value), console: out?.lines.map((l) => l.text), fatal: session.fatal };
  } finally {
    session.dispose();
  }
}

const exercises = new Map<string, Promise<LoadedExercise>>();
process.on('message', (job: Job) => {
  void (async () => {
    try {
      if (job.call) { process.send!({ id: job.id, result: await runCall(job) }); return; }
      const key = job.exercise;
      if (!exercises.has(key)) exercises.set(key, loadExercise(key));
      const exercise = await exercises.get(key)!;
      const report = await gradeWithDatabase({
        exercise, files: { [job.filename ?? 'solution.ts']: job.code }, ...(job.limits ? { limits: job.limits } : {}),
      });
      process.send!({ id: job.id, report });
    } catch (e) {
      process.send!({ id: job.id, crash: String((e as Error).stack ?? e) });
    }
  })();
});
process.send!({ ready: true });
