// Host side of one sandboxed submission: a fresh isolate from the snapshot,
// the driver's API, and the virtual event loop pumped only while someone waits.
import ivm from 'isolated-vm';
import { randomBytes } from 'node:crypto';
import { getSnapshot } from './runtime/snapshot.ts';
import { variantFor, type RuntimeVariant } from './runtime/build.ts';
import { LEARNER_SCRIPT, type Compiled } from './compile.ts';
import type { ErrorInfo, FatalKind } from './report.ts';
import type { FakePlan, SqlQuery } from './types.ts';

export interface SessionLimits { cpuMs: number; wallMs: number; memoryMb: number; outputBytes: number; requests: number }
export interface SessionOptions {
  limits: SessionLimits;
  modules: string[];
  sqlQuery?: SqlQuery | undefined;
  requestTimeoutMs?: number;
}
export interface Fatal { kind: FatalKind; error?: ErrorInfo; where?: string }
export type Forwarded =
  | { kind: 'response'; status: number; headers: Array<[string, string]>; body: Buffer }
  | { kind: 'timeout' } | { kind: 'output-limit'; bytes: number } | { kind: 'request-limit' }
  | { kind: 'invalid'; error: ErrorInfo } | { kind: 'fatal' };
export interface CallOutcome {
  settled: boolean; ok?: boolean; value?: string; error?: ErrorInfo; elapsedMs: number; pendingOperations: number;
}
export interface RequestInit { method: string; url: string; headers: Array<[string, string]>; body: Buffer }

type Api = Record<'load' | 'exportTypes' | 'request' | 'call' | 'step' | 'complete' | 'takeConsole', ivm.Reference<(...a: string[]) => string>>;

interface Warm { isolate: ivm.Isolate; context: ivm.Context; boot: ivm.Reference<(...a: unknown[]) => unknown> }
/** Untouched isolates per runtime variant and memory size, made while the worker has nothing else to do. */
const warm = new Map<string, Array<Promise<Warm>>>();
const WARM_PER_KIND = 1;

async function freshIsolate(variant: RuntimeVariant, memoryMb: number): Promise<Warm> {
  const snapshot = await getSnapshot(variant);
  const isolate = new ivm.Isolate({ snapshot, memoryLimit: memoryMb });
  const context = await isolate.createContext();
  const boot = await context.global.get('__stepwise_boot', { reference: true }) as Warm['boot'];
  return { isolate, context, boot };
}

/**
 * Creating an isolate blocks this thread for ~5 ms and its context takes ~2 ms more, so a
 * submission takes one made beforehand when there is one. Nothing has run in it before boot.
 */
async function takeWarm(variant: RuntimeVariant, memoryMb: number): Promise<Warm> {
  const ready = warm.get(`${variant}:${memoryMb}`)?.shift();
  const w = ready ? await ready.catch(() => undefined) : undefined;
  return w && !w.isolate.isDisposed ? w : freshIsolate(variant, memoryMb);
}

/** Tops up the warm isolates of one kind, one per turn of the event loop, so jobs that arrive meanwhile go first. */
export function prewarm(variant: RuntimeVariant, memoryMb: number): void {
  const key = `${variant}:${memoryMb}`;
  const list = warm.get(key) ?? [];
  warm.set(key, list);
  if (list.length >= WARM_PER_KIND) return;
  const p = freshIsolate(variant, memoryMb);
  p.catch(() => {
    const i = list.indexOf(p);
    if (i >= 0) list.splice(i, 1);
  });
  list.push(p);
  if (list.length < WARM_PER_KIND) setImmediate(() => prewarm(variant, memoryMb));
}

/** Virtual time between a response and the next request (a request on a real network takes about that). */
const RESPONSE_GAP_MS = 1;

export class Session {
  fatal: Fatal | undefined;
  requestCount = 0;
  /** Every SQL text the learner's code sent, in order (checks count them to spot N+1 queries). */
  readonly sqlLog: string[] = [];
  readonly startedAt = performance.now();
  private chain: Promise<unknown> = Promise.resolve();
  private responses = new Map<string, (payload: string) => void>();
  private settledCalls = new Map<string, (payload: string) => void>();
  private ioDone: Array<[string, string]> = [];
  private ioWake: (() => void) | undefined;
  private fakes = new Map<string, (args: string) => FakePlan>();
  private waiters = new Set<{ done: () => boolean; wake: (r: 'done' | 'idle' | 'fatal') => void }>();
  private pumping = false;
  /** While set, the loop runs nothing due later than this virtual time. */
  private horizon: number | undefined;
  /** The learner's code has scheduled work since the loop was last idle (clock.ts). */
  private workScheduled = false;
  private nextId = 1;
  now = 0;

  private isolate: ivm.Isolate;
  private context: ivm.Context;
  private api: Api;
  private opts: SessionOptions;

  private constructor(isolate: ivm.Isolate, context: ivm.Context, api: Api, opts: SessionOptions) {
    this.isolate = isolate; this.context = context; this.api = api; this.opts = opts;
  }

  static async create(opts: SessionOptions): Promise<Session> {
    const { isolate, context, boot } = await takeWarm(variantFor(opts.modules), opts.limits.memoryMb);
    // The callback exists before the session it reports to.
    const holder: { session?: Session } = {};
    const hostIo = new ivm.Callback((op: unknown, a: unknown, b: unknown) =>
      holder.session && typeof op === 'string' && typeof a === 'string' && typeof b === 'string' ? holder.session.onHostIo(op, a, b) : '');
    const config = {
      epochMs: Date.now(), consoleChars: opts.limits.outputBytes, bodyChars: opts.limits.outputBytes,
      valueChars: opts.limits.outputBytes, requestTimeoutMs: opts.requestTimeoutMs ?? 2000, modules: opts.modules,
    };
    const apiRef = await boot.apply(undefined, [hostIo, randomBytes(16).toString('hex'), JSON.stringify(config)],
      { result: { reference: true }, timeout: 1000 }) as ivm.Reference<Record<string, unknown>>;
    const api = {} as Api;
    for (const name of ['load', 'exportTypes', 'request', 'call', 'step', 'complete', 'takeConsole'] as const) {
      api[name] = await apiRef.get(name, { reference: true }) as Api[typeof name];
    }
    holder.session = new Session(isolate, context, api, opts);
    return holder.session;
  }

  dispose(): void {
    if (!this.isolate.isDisposed) this.isolate.dispose();
    setImmediate(() => prewarm(variantFor(this.opts.modules), this.opts.limits.memoryMb));
    for (const w of this.waiters) w.wake('fatal');
  }

  /** Settles once the call into the isolate now running (bounded by its own limits) has returned. */
  idle(): Promise<void> { return this.chain.then(() => undefined, () => undefined); }

  get cpuMs(): number { return this.isolate.isDisposed ? 0 : Number(this.isolate.cpuTime / 1_000_000n); }
  get wallMs(): number { return performance.now() - this.startedAt; }

  private fail(f: Fatal): void {
    this.fatal ??= f;
    for (const w of this.waiters) w.wake('fatal');
  }

  /**
   * Every call into the isolate goes through here, one at a time. The call is
   * async so that if isolated-vm gets stuck copying a hostile value out (an
   * unhandled rejection with a looping getter), only the isolate's thread
   * hangs and the watchdog disposes it.
   */
  private invoke(name: keyof Api, args: unknown[]): Promise<string | undefined> {
    const run = async (): Promise<string | undefined> => {
      if (this.fatal || this.isolate.isDisposed) return undefined;
      const remaining = Math.min(this.opts.limits.cpuMs - this.cpuMs, this.opts.limits.wallMs - this.wallMs);
      if (remaining <= 0) { this.fail({ kind: 'time-limit' }); return undefined; }
      const timeout = Math.max(1, Math.ceil(remaining));
      let watchdogFired = false;
      const watchdog = setTimeout(() => { watchdogFired = true; this.fail({ kind: 'time-limit' }); this.isolate.dispose(); }, timeout + 250);
      try {
        const r = await this.api[name].apply(undefined, args as string[], { timeout });
        return typeof r === 'string' ? r : undefined;
      } catch (e) {
        this.classify(e, watchdogFired);
        return undefined;
      } finally {
        clearTimeout(watchdog);
        if (!this.fatal && !this.isolate.isDisposed && this.cpuMs > this.opts.limits.cpuMs) this.fail({ kind: 'time-limit' });
      }
    };
    const p = this.chain.then(run, run);
    this.chain = p;
    return p;
  }

  private classify(e: unknown, watchdogFired: boolean): void {
    const message = e instanceof Error ? String(e.message) : String(e);
    if (watchdogFired || /timed out/i.test(message)) this.fail({ kind: 'time-limit' });
    else if (/memory limit/i.test(message)) this.fail({ kind: 'memory-limit' });
    else if (this.isolate.isDisposed) this.fail({ kind: 'memory-limit' });
    else {
      // The driver never throws: anything else is isolated-vm reporting a
      // promise that was rejected with no handler once the call's jobs ran.
      const err = e as { name?: unknown; message?: unknown; stack?: unknown };
      this.fail({ kind: 'unhandled-rejection', error: {
        name: typeof err.name === 'string' ? err.name : 'Error', message, stack: typeof err.stack === 'string' ? err.stack : '',
      } });
    }
  }

  private onHostIo(op: string, a: string, b: string): string {
    switch (op) {
      case 'response': this.responses.get(a)?.(b); this.responses.delete(a); return '';
      case 'settled': this.settledCalls.get(a)?.(b); this.settledCalls.delete(a); return '';
      case 'scheduled': this.workScheduled = true; return '';
      case 'uncaught': this.fail({ kind: 'uncaught-exception', where: a, error: JSON.parse(b) as ErrorInfo }); return '';
      case 'sql': this.startSql(a, b); return '';
      case 'fake': {
        const fake = this.fakes.get(a);
        try {
          return JSON.stringify(fake ? fake(b) : { delayMs: 0, error: { message: 'unknown fake' } });
        } catch (err) {
          return JSON.stringify({ delayMs: 0, error: { message: `the check's fake failed: ${(err as Error).message}` } });
        }
      }
    }
    return '';
  }

  private startSql(id: string, json: string): void {
    // int8 arrives as bigint; node-postgres hands it to apps as a string, so do the same.
    const finish = (result: unknown) => {
      let json: string;
      try { json = JSON.stringify(result, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)); } catch (e) { json = JSON.stringify({ error: { message: `the query result could not be read: ${(e as Error).message}` } }); }
      this.ioDone.push([id, json]);
      this.ioWake?.();
    };
    const q = this.opts.sqlQuery;
    if (!q) { finish({ error: { message: 'there is no database in this exercise' } }); return; }
    let parsed: { text: string; params: unknown[] };
    try { parsed = JSON.parse(json) as { text: string; params: unknown[] }; } catch { finish({ error: { message: 'bad query' } }); return; }
    if (this.sqlLog.length < 10_000) this.sqlLog.push(parsed.text);
    q(parsed.text, parsed.params).then(
      (r) => finish({ rows: r.rows, rowCount: r.rowCount, fields: r.fields ?? [] }),
      (e: unknown) => {
        // The SQL module's SqlQueryError keeps PostgreSQL's fields in `data`; a raw driver error has them on itself.
        const raw = e as Record<string, unknown> | undefined;
        const err = (raw?.data && typeof raw.data === 'object' ? raw.data : raw) as Record<string, unknown> | undefined;
        const out: Record<string, string> = { message: typeof err?.message === 'string' ? err.message : String(e) };
        for (const k of ['code', 'detail', 'hint', 'position', 'constraint', 'table', 'column', 'severity']) {
          if (typeof err?.[k] === 'string' || typeof err?.[k] === 'number') out[k] = String(err[k]);
        }
        finish({ error: out });
      });
  }

  /** Runs macrotasks until every waiter is satisfied, the loop is idle, or a limit is hit. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.size && !this.fatal) {
        while (this.ioDone.length) {
          const [id, json] = this.ioDone.shift()!;
          await this.invoke('complete', [id, json]);
        }
        this.release();
        if (!this.waiters.size) break;
        const r = await this.invoke('step', this.horizon === undefined ? [] : [String(this.horizon)]);
        if (r === undefined) break;
        const [state, now] = r.split(':');
        this.now = Number(now);
        this.release();
        if (state === 'io' && !this.ioDone.length) {
          await new Promise<void>((resolve) => { this.ioWake = resolve; const t = setTimeout(resolve, 50); t.unref(); });
          this.ioWake = undefined;
          if (this.wallMs > this.opts.limits.wallMs) this.fail({ kind: 'time-limit' });
        } else if (state === 'idle' || state === 'later') {
          if (state === 'idle') this.workScheduled = false;
          for (const w of this.waiters) if (!w.done()) w.wake('idle');
          this.waiters.clear();
        }
      }
    } finally {
      this.pumping = false;
      if (this.fatal) for (const w of this.waiters) w.wake('fatal');
    }
  }

  private release(): void {
    for (const w of this.waiters) if (w.done()) { this.waiters.delete(w); w.wake('done'); }
  }

  private until(done: () => boolean): Promise<'done' | 'idle' | 'fatal'> {
    if (this.fatal) return Promise.resolve('fatal');
    return new Promise((resolve) => {
      const w = { done, wake: (r: 'done' | 'idle' | 'fatal') => { this.waiters.delete(w); resolve(r); } };
      this.waiters.add(w);
      void this.pump();
    });
  }

  /** Loads the learner's compiled module; runs its top level and any timers it starts right away. */
  async load(compiled: Extract<Compiled, { ok: true }>): Promise<{ ok: true } | { ok: false; error: ErrorInfo } | { ok: false; fatal: Fatal }> {
    try {
      const script = await this.isolate.compileScript(compiled.script, { filename: LEARNER_SCRIPT });
      const factory = await script.run(this.context, { reference: true, timeout: 1000 }) as ivm.Reference<unknown>;
      const r = await this.invoke('load', [factory.derefInto() as unknown as string]);
      if (r === undefined) return { ok: false, fatal: this.fatal ?? { kind: 'time-limit' } };
      const parsed = JSON.parse(r) as { ok: boolean; error?: ErrorInfo };
      if (!parsed.ok) return { ok: false, error: parsed.error! };
      // Run what the top level started for the current instant (promise jobs,
      // immediates), but not timers: an app may start a setInterval forever.
      const start = this.now;
      await this.until(() => this.now > start);
      if (this.fatal) return { ok: false, fatal: this.fatal };
      return { ok: true };
    } catch (e) {
      return { ok: false, error: { name: 'SyntaxError', message: String((e as Error).message).replace(/\s*\[stepwise-learner\.js:\d+:\d+\]$/, ''), stack: '' } };
    }
  }

  async exportTypes(names: string[]): Promise<Record<string, string> | undefined> {
    const r = await this.invoke('exportTypes', [JSON.stringify(names)]);
    if (r === undefined) return undefined;
    const parsed = JSON.parse(r) as { ok: boolean; types?: Record<string, string> };
    return parsed.types;
  }

  async request(init: RequestInit): Promise<Forwarded> {
    if (this.fatal) return { kind: 'fatal' };
    if (++this.requestCount > this.opts.limits.requests) return { kind: 'request-limit' };
    const id = String(this.nextId++);
    let payload: string | undefined;
    this.responses.set(id, (p) => { payload = p; });
    await this.invoke('request', [id, JSON.stringify({ method: init.method, url: init.url, headers: init.headers, body: init.body.toString('base64') })]);
    if (payload === undefined) await this.until(() => payload !== undefined);
    this.responses.delete(id);
    if (payload === undefined) return this.fatal ? { kind: 'fatal' } : { kind: 'timeout' };
    await this.afterResponse();
    const r = JSON.parse(payload) as { timeout?: boolean; outputLimit?: boolean; bytes?: number; invalid?: boolean; error?: ErrorInfo; status: number; headers: Array<[string, string]>; body: string };
    if (r.timeout) return { kind: 'timeout' };
    if (r.outputLimit) return { kind: 'output-limit', bytes: r.bytes ?? 0 };
    if (r.invalid) return { kind: 'invalid', error: r.error! };
    return { kind: 'response', status: r.status, headers: r.headers, body: Buffer.from(r.body, 'base64') };
  }

  /**
   * What a real server does between one answer and the next request: the work the handler
   * left behind (process.nextTick, promise jobs, setImmediate, I/O, timers due within the
   * next millisecond) runs, as it would while the response travels. Later timers wait, so
   * the virtual clock moves no further than that millisecond.
   */
  private async afterResponse(): Promise<void> {
    if (this.fatal || !this.workScheduled) return;
    this.horizon = this.now + RESPONSE_GAP_MS;
    try {
      await this.until(() => false);
    } finally {
      this.horizon = undefined;
    }
  }

  registerFake(impl: (argsJson: string) => FakePlan): string {
    const id = `f${this.nextId++}`;
    this.fakes.set(id, impl);
    return id;
  }

  async call(name: string, argsJson: string, maxVirtualMs: number): Promise<CallOutcome | undefined> {
    const id = String(this.nextId++);
    let payload: string | undefined;
    this.settledCalls.set(id, (p) => { payload = p; });
    const start = this.now;
    await this.invoke('call', [id, name, argsJson]);
    if (payload === undefined) await this.until(() => payload !== undefined || this.now - start > maxVirtualMs);
    this.settledCalls.delete(id);
    if (this.fatal) return undefined;
    if (payload === undefined) return { settled: false, elapsedMs: this.now - start, pendingOperations: 0 };
    const r = JSON.parse(payload) as { ok: boolean; value?: string; error?: ErrorInfo; elapsedMs: number; pendingOperations: number };
    return { settled: true, ok: r.ok, value: r.value, error: r.error, elapsedMs: r.elapsedMs, pendingOperations: r.pendingOperations } as CallOutcome;
  }

  async takeConsole(): Promise<{ lines: Array<{ stream: 'out' | 'err'; text: string; at: number }>; truncated: boolean } | undefined> {
    const r = await this.invokeEvenIfFatal('takeConsole');
    return r === undefined ? undefined : JSON.parse(r) as { lines: Array<{ stream: 'out' | 'err'; text: string; at: number }>; truncated: boolean };
  }

  /** Runs the virtual loop until idle or maxVirtualMs pass (for top-level timers in async exercises). */
  async settle(maxVirtualMs: number): Promise<void> {
    const start = this.now;
    await this.until(() => this.now - start > maxVirtualMs);
  }

  private async invokeEvenIfFatal(name: keyof Api): Promise<string | undefined> {
    await this.chain.catch(() => {});
    if (this.isolate.isDisposed) return undefined;
    const watchdog = setTimeout(() => this.isolate.dispose(), 500);
    try {
      const r = await this.api[name].apply(undefined, [], { timeout: 200 });
      return typeof r === 'string' ? r : undefined;
    } catch { return undefined; } finally { clearTimeout(watchdog); }
  }
}
