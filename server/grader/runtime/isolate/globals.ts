// Installs the learner-facing globals while the snapshot is built, before any
// bundled library reads them (bcryptjs keeps a reference to setImmediate).
import { Buffer } from 'buffer';
import * as clock from './clock.ts';
import { learnerConsole } from './console.ts';
import { randomFloat } from './random.ts';
import { P } from './primordials.ts';
import { webGlobals } from './web-globals.ts';

let epoch = 0;
export function setEpoch(ms: number): void { epoch = ms; }
export function wallNow(): number { return epoch + clock.virtualNow(); }

const RealDate = Date;
// Date follows the virtual clock: a busy-wait on Date.now() never ends and hits the CPU limit.
function VirtualDate(this: unknown, ...args: unknown[]): unknown {
  if (!new.target) return new RealDate(wallNow()).toString();
  return args.length === 0 ? P.ReflectConstruct(RealDate, [wallNow()], new.target) : P.ReflectConstruct(RealDate, args, new.target);
}
VirtualDate.prototype = RealDate.prototype;
VirtualDate.now = () => wallNow();
VirtualDate.parse = RealDate.parse;
VirtualDate.UTC = RealDate.UTC;
P.ObjectDefineProperty(RealDate.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true });

function queueMicrotask(fn: unknown): void {
  if (typeof fn !== 'function') throw new P.TypeErrorCtor('The "callback" argument must be of type function');
  P.PromiseThen(P.PromiseResolve(), () => {
    try { (fn as () => void)(); } catch (e) { clock.reportUncaught(e, 'a queueMicrotask callback'); }
  });
}

/**
 * A small `process` for learners: what beginner apps read (`process.env.PORT || 3000`,
 * NODE_ENV), the nextTick queue, time on the virtual clock, and listeners that never fire
 * (no signal ever reaches a graded app). Nothing in it reaches the host: `env` is a plain
 * object of the learner's own, and exit, kill, binding and the like do not exist, so calling
 * them fails like any missing function.
 */
function learnerProcess(): Record<string, unknown> {
  // Listener methods return process itself, as Node's do (for chaining).
  const self = () => proc;
  const nanos = () => P.MathFloor(clock.virtualNow() * 1e6);
  const hrtime = (previous?: [number, number]): [number, number] => {
    let ns = nanos();
    if (previous) ns -= previous[0] * 1e9 + previous[1];
    return [P.MathFloor(ns / 1e9), ns % 1e9];
  };
  hrtime.bigint = () => BigInt(nanos());
  const proc = P.ObjectCreate(null, {
    env: { value: { NODE_ENV: 'production' }, writable: true, enumerable: true },
    argv: { value: ['/usr/local/bin/node', '/app/index.js'], enumerable: true },
    platform: { value: 'linux', enumerable: true },
    version: { value: 'v24.0.0', enumerable: true },
    versions: { value: { node: '24.0.0' }, enumerable: true },
    exitCode: { value: undefined, writable: true, enumerable: true },
    nextTick: { value: clock.nextTick, enumerable: true },
    cwd: { value: () => '/app', enumerable: true },
    uptime: { value: () => clock.virtualNow() / 1000, enumerable: true },
    hrtime: { value: hrtime, enumerable: true },
    on: { value: self, enumerable: true },
    once: { value: self, enumerable: true },
    off: { value: self, enumerable: true },
    addListener: { value: self, enumerable: true },
    removeListener: { value: self, enumerable: true },
    removeAllListeners: { value: self, enumerable: true },
    emit: { value: () => false, enumerable: true },
  }) as Record<string, unknown>;
  return proc;
}

const g = globalThis as Record<string, unknown>;
const define = (name: string, value: unknown) =>
  P.ObjectDefineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });

define('setTimeout', clock.setTimeout);
define('setInterval', clock.setInterval);
define('setImmediate', clock.setImmediate);
define('clearTimeout', clock.clearTimeout);
define('clearInterval', clock.clearInterval);
define('clearImmediate', clock.clearImmediate);
define('queueMicrotask', queueMicrotask);
define('Date', VirtualDate);
define('performance', { now: () => clock.virtualNow(), timeOrigin: 0 });
define('console', learnerConsole);
define('Buffer', Buffer);
define('global', globalThis);
define('process', learnerProcess());
for (const name of Object.keys(webGlobals)) define(name, webGlobals[name]);
P.ObjectDefineProperty(Math, 'random', { value: randomFloat, writable: true, configurable: true });

/**
 * Removes what must never be reachable by learners. Runs at boot, not at
 * snapshot time: V8 re-installs WebAssembly in every new context and aborts
 * if Atomics is missing from a snapshot.
 */
export function lockDownGlobals(): void {
  const names = ['WebAssembly', 'SharedArrayBuffer', 'Atomics', '__stepwise_boot'];
  for (let i = 0; i < names.length; i++) P.ReflectDeleteProperty(g, names[i]!);
  // V8 gives every new context its own console (which prints nowhere here).
  define('console', learnerConsole);
}
