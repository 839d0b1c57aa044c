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
