// The format of exercises/<slug>/checks.ts. Checks are trusted instructor code
// that runs in the grader worker, never inside the learner's isolate.
import type { Agent } from 'supertest';
import type { Expect } from './expect.ts';
import type { SqlQuery } from './types.ts';

export { CheckFailure } from './expect.ts';

/** What a fake returns for one call: a value or an error, after `after` ms of virtual time. */
export type FakeResult = { after?: number; value?: unknown } | { after?: number; error: string | { name?: string; message: string } };

export interface Fake {
  /** The argument to pass to call(); the learner sees a function. */
  readonly kind: 'fake';
  readonly name: string;
  readonly style: 'promise' | 'callback' | 'sync';
  /** Every call the learner made: its arguments and the virtual time it was made at. */
  readonly calls: Array<{ args: unknown[]; at: number }>;
}

export interface CallResult {
  /** True when the function returned (or its promise resolved). */
  ok: boolean;
  value: unknown;
  /** Set when it threw or its promise rejected. */
  error?: { name: string; message: string };
  /** Virtual milliseconds from the call to settlement. */
  elapsedMs: number;
  /** Fake operations still running when it settled: > 0 means a promise was not awaited. */
  pendingOperations: number;
}

export interface CheckContext {
  /** Supertest agent against the learner's app (http, sql and auth exercises); cookies persist within a check. */
  request: Agent;
  /** A new Supertest agent with its own, empty cookie jar: another browser, or a request with exactly the cookies a check sets. */
  agent(): Agent;
  expect: Expect;
  /** Calls an exported function of the learner's module and runs the virtual clock until it settles. */
  call(name: string, ...args: unknown[]): Promise<CallResult>;
  /** A fake dependency the learner's code receives as a function. */
  fake(name: string, impl: (...args: unknown[]) => FakeResult | undefined, style?: Fake['style']): Fake;
  clock: { now(): number; settle(maxVirtualMs?: number): Promise<void> };
  /** Lines the learner's code printed so far (console.log and friends). */
  output(): Promise<string[]>;
  /** Runs SQL in the same database as the learner's code (sql exercises). */
  sql: SqlQuery;
  /** The SQL texts the learner's code has sent so far, oldest first. */
  queries(): string[];
  /** Fails the check with a learner-facing message. */
  fail(message: string): never;
}

export interface Check {
  id: string;
  title: string;
  concepts: string[];
  /** Real milliseconds this check may take; defaults to 2000. */
  timeoutMs?: number;
  run(ctx: CheckContext): Promise<void> | void;
}

export function defineChecks(checks: Check[]): Check[] {
  const ids = new Set<string>();
  for (const c of checks) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(c.id)) throw new Error(`check id "${c.id}" must be kebab-case`);
    if (ids.has(c.id)) throw new Error(`duplicate check id "${c.id}"`);
    ids.add(c.id);
  }
  return checks;
}
