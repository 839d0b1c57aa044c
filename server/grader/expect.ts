// A small assertion library for checks. Failures carry expected/actual so the
// report can show them, and messages are written for learners.
import { isDeepStrictEqual, inspect } from 'node:util';
import { testRegex } from './regex-budget.ts';
import type { CheckFailureKind } from './report.ts';

export class CheckFailure extends Error {
  readonly kind: CheckFailureKind;
  readonly expected?: unknown;
  readonly actual?: unknown;
  constructor(kind: CheckFailureKind, message: string, detail: { expected?: unknown; actual?: unknown } = {}) {
    super(message);
    this.kind = kind;
    if ('expected' in detail) this.expected = detail.expected;
    if ('actual' in detail) this.actual = detail.actual;
  }
}

const show = (v: unknown) => inspect(v, { depth: 4, breakLength: Infinity, maxStringLength: 200, maxArrayLength: 20 });

function matchesObject(actual: unknown, expected: unknown): boolean {
  if (expected instanceof RegExp) return typeof actual === 'string' && expected.test(actual);
  if (expected === null || typeof expected !== 'object') return isDeepStrictEqual(actual, expected);
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matchesObject(actual[i], e));
  }
  return Object.entries(expected).every(([k, v]) => Object.hasOwn(actual, k) && matchesObject((actual as Record<string, unknown>)[k], v));
}

export interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatchObject(expected: object): void;
  toContain(item: unknown): void;
  toHaveLength(n: number): void;
  toHaveProperty(key: string): void;
  toBeGreaterThan(n: number): void;
  toBeGreaterThanOrEqual(n: number): void;
  toBeLessThan(n: number): void;
  toBeLessThanOrEqual(n: number): void;
  toBeDefined(): void;
  toBeUndefined(): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  toBeInstanceOf(ctor: abstract new (...args: never[]) => unknown): void;
  /** Runs in a separate isolate under a time budget. */
  toMatch(re: RegExp | string): Promise<void>;
}

export type Expect = (actual: unknown, label?: string) => Matchers & { not: Matchers };

export function makeExpect(regexBudgetMs: () => number): Expect {
  return (actual, label) => {
    const build = (negate: boolean): Matchers => {
      const what = label ?? 'the value';
      const check = (ok: boolean, describe: string, expected: unknown) => {
        if (ok !== negate) return;
        throw new CheckFailure('assertion', `${what}: expected ${negate ? 'not ' : ''}${describe}, got ${show(actual)}`, { expected, actual });
      };
      const num = (op: string, n: number, ok: (a: number) => boolean) => check(typeof actual === 'number' && ok(actual), `${op} ${n}`, `${op} ${n}`);
      return {
        toBe: (e) => check(Object.is(actual, e), show(e), e),
        toEqual: (e) => check(isDeepStrictEqual(actual, e), show(e), e),
        toMatchObject: (e) => check(matchesObject(actual, e), `an object matching ${show(e)}`, e),
        toContain: (item) => check(
          typeof actual === 'string' ? typeof item === 'string' && actual.includes(item)
            : Array.isArray(actual) && actual.some((x) => isDeepStrictEqual(x, item)),
          `something containing ${show(item)}`, item),
        toHaveLength: (n) => check((typeof actual === 'string' || Array.isArray(actual)) && actual.length === n, `length ${n}`, n),
        toHaveProperty: (k) => check(actual !== null && typeof actual === 'object' && Object.hasOwn(actual, k), `a property "${k}"`, k),
        toBeGreaterThan: (n) => num('>', n, (a) => a > n),
        toBeGreaterThanOrEqual: (n) => num('>=', n, (a) => a >= n),
        toBeLessThan: (n) => num('<', n, (a) => a < n),
        toBeLessThanOrEqual: (n) => num('<=', n, (a) => a <= n),
        toBeDefined: () => check(actual !== undefined, 'a defined value', 'defined'),
        toBeUndefined: () => check(actual === undefined, 'undefined', undefined),
        toBeTruthy: () => check(Boolean(actual), 'a truthy value', 'truthy'),
        toBeFalsy: () => check(!actual, 'a falsy value', 'falsy'),
        toBeInstanceOf: (ctor) => check(actual instanceof ctor, `an instance of ${ctor.name}`, ctor.name),
        toMatch: async (re) => {
          const pattern = typeof re === 'string' ? new RegExp(re.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : re;
          const ok = typeof actual === 'string' && await testRegex(pattern, actual, regexBudgetMs());
          check(ok, `text matching ${pattern}`, String(pattern));
        },
      };
    };
    return Object.assign(build(false), { not: build(true) });
  };
}
