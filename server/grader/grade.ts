// gradeInIsolate: one submission, one fresh isolate, every check in order.
// It never throws for a learner's mistake: every outcome becomes a report.
import { compileLearner, mapStack, type LineMap } from './compile.ts';
import { Session, type Fatal } from './session.ts';
import { Bridge } from './bridge.ts';
import { makeExpect, CheckFailure } from './expect.ts';
import { RegexBudgetError } from './regex-budget.ts';
import { decodeValue, encodeValue } from './values.ts';
import { effectiveLimits, type Limits } from './limits.ts';
import { MODULES_BY_KIND } from './catalog.ts';
import { loadExercise, type LoadedExercise } from './exercise.ts';
import { FATAL_MESSAGES, statusOf, type CheckResult, type ErrorInfo, type GradeReport } from './report.ts';
import type { CallResult, Check, CheckContext, Fake, FakeResult } from './checks.ts';
import type { SqlQuery } from './types.ts';

export interface GradeInput {
  exercise: LoadedExercise | string;
  /** The learner's files by name; the first (or solution.ts / index.ts) is the module graded. */
  files: Record<string, string>;
  limits?: Partial<Limits>;
  sqlQuery?: SqlQuery;
}

const TIMEOUT_MESSAGE = 'no response within 2 s: did a route forget to send its answer (res.send(), res.json() or res.end()) or to call next()?';

type ReportError = NonNullable<GradeReport['error']>;

export async function gradeInIsolate(input: GradeInput): Promise<GradeReport> {
  const started = performance.now();
  const exercise = typeof input.exercise === 'string' ? await loadExercise(input.exercise) : input.exercise;
  const limits = effectiveLimits(exercise.limits, input.limits);
  const base = (error: ReportError, checks: CheckResult[] = notRun(exercise.checks, 'not graded')): GradeReport => ({
    version: 1, exercise: exercise.id, status: 'error', summary: summary(checks), error, checks,
    console: { lines: [], truncated: false }, usage: { cpuMs: 0, wallMs: Math.round(performance.now() - started), requests: 0 },
  });

  const entries = Object.entries(input.files);
  const [filename, code] = entries.find(([n]) => n === 'solution.ts' || n === 'index.ts') ?? entries[0] ?? ['solution.ts', ''];
  const size = entries.reduce((n, [, c]) => n + Buffer.byteLength(c), 0);
  if (size > limits.codeBytes) {
    return base({ kind: 'too-large', message: `your code is ${Math.ceil(size / 1024)} KB; submissions are limited to ${Math.floor(limits.codeBytes / 1024)} KB` });
  }
  if (exercise.checks.length === 0) return base({ kind: 'no-checks', message: 'this exercise has no checks' });

  // The isolate boots while esbuild compiles (a round trip to its service process).
  const booting = Session.create({ limits, modules: MODULES_BY_KIND[exercise.kind], sqlQuery: input.sqlQuery, requestTimeoutMs: 2000 });
  booting.catch(() => {});
  const compiled = await compileLearner(code, filename);
  if (!compiled.ok) {
    void booting.then((s) => s.dispose(), () => {});
    const { line, column, message } = compiled.error;
    return base({ kind: 'compile-error', message, ...(line ? { location: { file: filename, line, column: column ?? 1 } } : {}) });
  }

  let session: Session | undefined;
  let bridge: Bridge | undefined;
  try {
    session = await booting;
    const loaded = await session.load(compiled);
    const describe = (e: ErrorInfo) => describeLearnerError(e, compiled.map, filename);
    const finish = async (error: ReportError | undefined, checks: CheckResult[]): Promise<GradeReport> => {
      const out = await session!.takeConsole();
      return {
        version: 1, exercise: exercise.id, status: statusOf(checks, error), summary: summary(checks),
        ...(error ? { error } : {}), checks,
        console: { lines: (out?.lines ?? []).map(({ stream, text }) => ({ stream, text })), truncated: out?.truncated ?? false },
        usage: { cpuMs: session!.cpuMs, wallMs: Math.round(performance.now() - started), requests: session!.requestCount },
      };
    };
    if (!loaded.ok) {
      if ('fatal' in loaded) return await finish(fatalError(loaded.fatal, describe), notRun(exercise.checks, 'not graded'));
      const d = describe(loaded.error);
      const notAvailable = /^module .* is not available in this exercise$/.test(loaded.error.message);
      const isSyntax = loaded.error.name === 'SyntaxError' && !d.location;
      return await finish({
        kind: notAvailable ? 'module-not-available' : isSyntax ? 'compile-error' : 'load-error',
        message: notAvailable ? loaded.error.message : `${loaded.error.name}: ${loaded.error.message} (while your module was loading)`,
        ...d,
      }, notRun(exercise.checks, 'not graded'));
    }

    const needed = exercise.kind === 'async' ? exercise.exports : ['default', ...exercise.exports];
    const types = await session.exportTypes(needed);
    if (!types) return await finish(fatalError(session.fatal ?? { kind: 'time-limit' }, describe), notRun(exercise.checks, 'not graded'));
    const missing = needed.filter((n) => types[n] !== 'function');
    if (missing.length) {
      const what = missing.map((n) => (n === 'default' ? 'a default export (export default app)' : `an exported function ${n}`));
      return await finish({ kind: 'missing-export', message: `your module needs ${what.join(' and ')}` }, notRun(exercise.checks, 'not graded'));
    }

    if (exercise.kind !== 'async') bridge = new Bridge(session);
    const results: CheckResult[] = [];
    for (const check of exercise.checks) {
      if (session.fatal) { results.push(notRunOne(check, 'not run: grading stopped after an earlier error')); continue; }
      results.push(await runCheck(check, session, bridge, limits, input.sqlQuery));
    }
    const fatal = session.fatal ? fatalError(session.fatal, describe) : undefined;
    return await finish(fatal, results);
  } catch (e) {
    return base({ kind: 'internal', message: `the grader failed: ${(e as Error).message}` });
  } finally {
    await bridge?.close().catch(() => {});
    session?.dispose();
  }
}

function describeLearnerError(e: ErrorInfo, map: LineMap, filename: string): { location?: { file: string; line: number; column: number }; stack?: string[] } {
  const { frames, position } = mapStack(e.stack, map, filename);
  return { ...(position ? { location: { file: filename, ...position } } : {}), ...(frames.length ? { stack: frames } : {}) };
}

function fatalError(f: Fatal, describe: (e: ErrorInfo) => ReturnType<typeof describeLearnerError>): ReportError {
  const detail = f.error ? `: ${f.error.name}: ${f.error.message}` : '';
  const where = f.where ? ` (in ${f.where})` : '';
  return { kind: f.kind, message: `${FATAL_MESSAGES[f.kind]}${where}${detail}`, ...(f.error ? describe(f.error) : {}) };
}

function summary(checks: CheckResult[]) {
  const passed = checks.filter((c) => c.passed).length;
  return { passed, failed: checks.length - passed, total: checks.length };
}
function notRunOne(c: Check, message: string): CheckResult {
  return { id: c.id, title: c.title, concepts: c.concepts, passed: false, kind: 'not-run', message, durationMs: 0 };
}
function notRun(checks: Check[], message: string): CheckResult[] { return checks.map((c) => notRunOne(c, message)); }

async function runCheck(check: Check, session: Session, bridge: Bridge | undefined, limits: Limits, sqlQuery: SqlQuery | undefined): Promise<CheckResult> {
  const t0 = performance.now();
  const budget = check.timeoutMs ?? limits.checkTimeoutMs;
  const deadline = t0 + budget;
  if (bridge) bridge.currentCheck = check.id;
  let lastCall: CallResult | undefined;
  const ctx: CheckContext = {
    request: bridge?.agent() as unknown as CheckContext['request'],
    agent: () => {
      if (!bridge) throw new Error('this exercise has no app to send requests to');
      return bridge.agent() as unknown as CheckContext['request'];
    },
    expect: makeExpect(() => Math.max(1, deadline - performance.now())),
    call: async (name, ...args) => {
      const specs = args.map((a) => (isFake(a) ? { fake: { id: a.id, style: a.style } } : { value: encodeValue(a) }));
      const r = await session.call(name, JSON.stringify(specs), 60_000);
      if (!r) throw new CheckFailure(session.fatal!.kind, FATAL_MESSAGES[session.fatal!.kind]);
      if (!r.settled) throw new CheckFailure('never-settled', `${name}() never finished: its promise did not resolve or reject (is a callback or resolve() never called?)`);
      lastCall = {
        ok: r.ok!, value: r.ok && r.value !== undefined ? decodeValue(r.value) : undefined,
        ...(r.error ? { error: { name: r.error.name, message: r.error.message } } : {}),
        elapsedMs: r.elapsedMs, pendingOperations: r.pendingOperations,
      };
      return lastCall;
    },
    fake: (name, impl, style = 'promise') => {
      const calls: Fake['calls'] = [];
      const id = session.registerFake((argsJson) => {
        const args = decodeValue(argsJson) as unknown[];
        calls.push({ args, at: session.now });
        const r: FakeResult = impl(...args) ?? {};
        const delayMs = r.after ?? 0;
        if ('error' in r) return { delayMs, error: typeof r.error === 'string' ? { message: r.error } : r.error };
        return { delayMs, value: encodeValue(r.value) };
      });
      return { kind: 'fake', name, style, calls, id } as Fake & { id: string };
    },
    clock: {
      now: () => session.now,
      settle: async (ms = 60_000) => {
        await session.settle(ms);
        // The check has waited for what was still running (callback-style functions return
        // before their work is done, some functions reject early on purpose), so an
        // unawaited promise no longer explains a failure that follows.
        lastCall = undefined;
      },
    },
    output: async () => ((await session.takeConsole())?.lines ?? []).map((l) => l.text),
    sql: sqlQuery ?? (() => Promise.reject(new Error('this exercise has no database'))),
    queries: () => [...session.sqlLog],
    fail: (message) => { throw new CheckFailure('assertion', message); },
  };

  let failure: CheckFailure | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      Promise.resolve().then(() => check.run(ctx)),
      new Promise((_, reject) => {
        // If the learner's code is what is running when the budget runs out, let its own
        // CPU/wall limit fire first, so the report blames their loop and not the check.
        timer = setTimeout(() => void session.idle().then(() => reject(new CheckFailure('check-budget', `this check took longer than ${budget} ms`))), budget);
      }),
    ]);
  } catch (e) {
    failure = e instanceof CheckFailure ? e
      : e instanceof RegexBudgetError ? new CheckFailure('check-budget', e.message)
        : new CheckFailure('assertion', cleanMessage(e));
  } finally {
    clearTimeout(timer);
  }

  const exchanges = bridge ? bridge.exchanges.filter((x) => x.checkId === check.id) : [];
  if (failure) failure = refine(failure, exchanges.map((x) => x.outcome), session, lastCall);
  const result: CheckResult = {
    id: check.id, title: check.title, concepts: check.concepts, passed: !failure,
    durationMs: Math.round((performance.now() - t0) * 10) / 10,
  };
  if (failure) {
    result.kind = failure.kind;
    result.message = failure.message;
    if (failure.expected !== undefined) result.expected = failure.expected;
    if (failure.actual !== undefined) result.actual = failure.actual;
  }
  if (exchanges.length) {
    result.http = exchanges.slice(-3).map((x) => ({ request: x.request, ...(x.response ? { response: x.response } : {}) }));
  }
  return result;
}

/** Gives a failed check the most useful explanation the evidence supports. */
function refine(f: CheckFailure, outcomes: string[], session: Session, lastCall: CallResult | undefined): CheckFailure {
  if (session.fatal) return new CheckFailure(session.fatal.kind, FATAL_MESSAGES[session.fatal.kind]);
  if (f.kind !== 'assertion') return f;
  const keep = { expected: f.expected, actual: f.actual };
  if (outcomes.includes('timeout')) return new CheckFailure('timeout', TIMEOUT_MESSAGE, keep);
  if (outcomes.includes('output-limit')) return new CheckFailure('output-limit', 'output limit: a response body was larger than this exercise allows', keep);
  if (outcomes.includes('request-limit')) return new CheckFailure('request-limit', 'request limit: this submission received more requests than allowed', keep);
  if (lastCall && lastCall.pendingOperations > 0) {
    return new CheckFailure('not-awaited', `a promise was not awaited: your function finished while ${lastCall.pendingOperations} operation(s) it started were still running (${f.message})`, keep);
  }
  return f;
}

function isFake(v: unknown): v is Fake & { id: string } {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'fake' && typeof (v as { id?: unknown }).id === 'string';
}

function cleanMessage(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  // Supertest and node errors can mention host paths; learners never need them.
  return m.replace(/\/[\w./-]+\.(ts|js)(:\d+)*/g, '').slice(0, 500);
}
