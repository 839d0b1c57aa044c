// Virtual event loop. The host calls step() once per macrotask; isolated-vm runs
// the microtask queue when each call returns, which gives Node's ordering:
// nextTick queue, then promise jobs, then timers / I/O / check phases.
import { P } from './primordials.ts';

type Callback = (...args: unknown[]) => unknown;
interface Timer { id: number; due: number; seq: number; fn: Callback; args: unknown[]; delay: number; repeat: number; ref: boolean; live: boolean }
interface Immediate { fn: Callback; args: unknown[]; live: boolean }

const MAX_DELAY = 2147483647;
let now = 0;
let seq = 0;
let nextId = 1;
// Plain arrays walked by index: for-of would call iterator methods learners can replace.
const timers: Timer[] = [];
let immediates: Immediate[] = [];
let checkBatch: Immediate[] = [];
const ticks: Array<{ fn: Callback; args: unknown[] }> = [];
const ioDone: Array<() => void> = [];
let ioPending = 0;
let phase: 'timers' | 'check' = 'timers';
let onUncaught: (error: unknown, where: string) => void = () => {};
const deadlines: Array<{ at: number; fire: () => void; live: boolean }> = [];

export function setUncaughtHandler(fn: (error: unknown, where: string) => void): void { onUncaught = fn; }
export function reportUncaught(error: unknown, where: string): void { onUncaught(error, where); }
export function virtualNow(): number { return now; }

function clampDelay(ms: unknown): number {
  const n = P.Number(ms);
  return n >= 1 && n <= MAX_DELAY ? P.MathFloor(n) : 1;
}

function find(id: number): Timer | undefined {
  for (let i = 0; i < timers.length; i++) if (timers[i]!.id === id) return timers[i];
  return undefined;
}
function remove(id: number): void {
  for (let i = 0; i < timers.length; i++) if (timers[i]!.id === id) { timers[i]!.live = false; P.ArraySplice(timers, i, 1); return; }
}

class Timeout {
  _id: number;
  constructor(id: number) { this._id = id; }
  ref(): this { const t = find(this._id); if (t) t.ref = true; return this; }
  unref(): this { const t = find(this._id); if (t) t.ref = false; return this; }
  hasRef(): boolean { const t = find(this._id); return !!t && t.ref; }
  refresh(): this { const t = find(this._id); if (t) { t.due = now + (t.repeat || t.delay); t.seq = seq++; } return this; }
  close(): this { clear(this); return this; }
  [Symbol.toPrimitive](): number { return this._id; }
}

function addTimer(fn: unknown, ms: unknown, args: unknown[], repeat: boolean): Timeout {
  if (typeof fn !== 'function') throw new P.TypeErrorCtor('The "callback" argument must be of type function');
  const delay = clampDelay(ms);
  const id = nextId++;
  P.ArrayPush(timers, { id, due: now + delay, seq: seq++, fn: fn as Callback, args, delay, repeat: repeat ? delay : 0, ref: true, live: true });
  scheduled();
  return new Timeout(id);
}
function clear(handle: unknown): void {
  if (handle == null) return;
  const id = handle instanceof Timeout ? handle._id : P.Number(handle);
  remove(id);
}

// The host runs the loop after each answer only if something was scheduled since the loop
// was last idle, so a handler that leaves nothing behind costs no extra call into the isolate.
let onScheduled: () => void = () => {};
let scheduledSinceIdle = false;
export function setScheduledHandler(fn: () => void): void { onScheduled = fn; }
function scheduled(): void {
  if (scheduledSinceIdle) return;
  scheduledSinceIdle = true;
  onScheduled();
}

export function setTimeout(fn: unknown, ms?: unknown, ...args: unknown[]): Timeout { return addTimer(fn, ms, args, false); }
export function setInterval(fn: unknown, ms?: unknown, ...args: unknown[]): Timeout { return addTimer(fn, ms, args, true); }
export const clearTimeout = clear;
export const clearInterval = clear;
export function setImmediate(fn: unknown, ...args: unknown[]): Immediate {
  if (typeof fn !== 'function') throw new P.TypeErrorCtor('The "callback" argument must be of type function');
  const im = { fn: fn as Callback, args, live: true };
  P.ArrayPush(immediates, im);
  scheduled();
  return im;
}
export function clearImmediate(im: unknown): void { if (im && typeof im === 'object') (im as Immediate).live = false; }
export function nextTick(fn: unknown, ...args: unknown[]): void {
  if (typeof fn !== 'function') throw new P.TypeErrorCtor('The "callback" argument must be of type function');
  P.ArrayPush(ticks, { fn: fn as Callback, args });
  scheduled();
}

/** Host I/O (SQL queries, fakes): counts as pending work until its completion runs. */
export function startIo(): (complete: () => void) => void {
  ioPending++;
  scheduled();
  let done = false;
  return (complete) => {
    if (done) return;
    done = true;
    P.ArrayPush(ioDone, () => { ioPending--; complete(); });
  };
}
export function hasPendingIo(): boolean { return ioPending > 0; }

/** A virtual-time deadline the loop honours without keeping itself alive. */
export function addDeadline(ms: number, fire: () => void): { cancel(): void } {
  const d = { at: now + ms, fire, live: true };
  P.ArrayPush(deadlines, d);
  return { cancel() { d.live = false; } };
}

function invoke(fn: Callback, args: unknown[], where: string): void {
  try { P.ReflectApply(fn, undefined, args); } catch (error) { onUncaught(error, where); }
}

function nextTimer(): Timer | undefined {
  let best: Timer | undefined;
  for (let i = 0; i < timers.length; i++) {
    const t = timers[i]!;
    if (!best || t.due < best.due || (t.due === best.due && t.seq < best.seq)) best = t;
  }
  return best;
}

function runTimer(t: Timer): void {
  if (t.repeat) { t.due = now + t.repeat; t.seq = seq++; } else remove(t.id);
  invoke(t.fn, t.args, 'a timer callback');
}

function nextDeadline(): { at: number; fire: () => void; live: boolean } | undefined {
  let best;
  for (let i = deadlines.length - 1; i >= 0; i--) {
    const d = deadlines[i]!;
    if (!d.live) { P.ArraySplice(deadlines, i, 1); continue; }
    if (!best || d.at < best.at) best = d;
  }
  return best;
}

/**
 * One macrotask. Returns 'ran' (call again), 'io' (waiting for the host to
 * complete I/O), 'later' (nothing before the horizon, work after it) or 'idle'
 * (nothing will ever happen without outside input).
 */
export function step(horizon?: number): 'ran' | 'io' | 'later' | 'idle' {
  if (ticks.length) {
    // Node drains the whole nextTick queue before promise jobs run.
    let guard = 0;
    while (ticks.length && guard++ < 100000) {
      const t = P.ArrayShift(ticks) as { fn: Callback; args: unknown[] };
      invoke(t.fn, t.args, 'a process.nextTick callback');
    }
    return 'ran';
  }
  if (ioDone.length) { (P.ArrayShift(ioDone) as () => void)(); return 'ran'; }
  if (phase === 'timers') {
    const t = nextTimer();
    if (t && t.due <= now) { runTimer(t); return 'ran'; }
    phase = 'check';
    checkBatch = immediates;
    immediates = [];
  }
  while (checkBatch.length) {
    const im = P.ArrayShift(checkBatch) as Immediate;
    if (im.live) { im.live = false; invoke(im.fn, im.args, 'a setImmediate callback'); return 'ran'; }
  }
  phase = 'timers';
  if (immediates.length) return 'ran';
  if (ioPending > 0) return 'io';
  const t = nextTimer();
  const d = nextDeadline();
  const refTimer = t && hasRefTimer();
  if (d && (!refTimer || d.at < t!.due)) {
    // Nothing else can happen before this deadline: jump to it.
    if (horizon !== undefined && d.at > horizon) return 'later';
    if (d.at > now) now = d.at;
    d.live = false;
    d.fire();
    return 'ran';
  }
  if (!refTimer) {
    scheduledSinceIdle = false;
    return 'idle';
  }
  if (horizon !== undefined && t!.due > horizon) return 'later';
  if (t!.due > now) now = t!.due;
  return 'ran';
}

function hasRefTimer(): boolean {
  for (let i = 0; i < timers.length; i++) if (timers[i]!.ref) return true;
  return false;
}

/** Moves the clock forward by ms of idle time, as a host would when it waits. */
export function advance(ms: number): void { now += ms; }
