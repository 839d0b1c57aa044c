// The trusted side of the sandbox. The host talks to it only through the
// frozen API object boot() returns, and gets back only strings built here.
import { Buffer } from 'buffer';
import { IncomingMessage, ServerResponse } from '../shims/http.js';
import { P } from './primordials.ts';
import * as clock from './clock.ts';
import { stringify } from './json.ts';
import { encode } from './serialize.ts';
import { describeError } from './errors.ts';
import { configureConsole, takeConsole } from './console.ts';
import { seedRandom } from './random.ts';
import { setEpoch, wallNow, lockDownGlobals } from './globals.ts';
import { makeRequire, completeQuery, reportUncaughtTo } from './modules.ts';
import { fromTagged } from './values.ts';

type HostIo = (op: string, a: string, b: string) => string;
interface Config { epochMs: number; consoleChars: number; bodyChars: number; valueChars: number; requestTimeoutMs: number; modules: string[] }
interface Fake { id: string; style: 'promise' | 'callback' | 'sync' }

export function boot(hostIo: HostIo, seedHex: string, configJson: string) {
  lockDownGlobals();
  const config = P.JSONParse(configJson) as Config;
  seedRandom(seedHex);
  setEpoch(config.epochMs);
  configureConsole(config.consoleChars, clock.virtualNow);
  reportUncaughtTo(hostIo);
  clock.setScheduledHandler(() => { hostIo('scheduled', '', ''); });
  const learnerRequire = makeRequire(config.modules, hostIo);
  let exportsObj: Record<string, unknown> = P.ObjectCreate(null) as Record<string, unknown>;
  // Sequence numbers of fake operations still running: a call that settles
  // while ones it started are pending did not await them.
  const inFlight: number[] = [];
  let opSeq = 0;
  const pendingSince = (seq: number) => { let n = 0; for (let i = 0; i < inFlight.length; i++) if (inFlight[i]! >= seq) n++; return n; };

  function load(factory: unknown): string {
    const mod = { exports: {} as Record<string, unknown> };
    try {
      P.ReflectApply(factory as () => void, undefined, [mod.exports, learnerRequire, mod]);
    } catch (e) {
      return stringify({ ok: false, error: describeError(e) });
    }
    exportsObj = mod.exports;
    return stringify({ ok: true });
  }

  function exportTypes(namesJson: string): string {
    const names = P.JSONParse(namesJson) as string[];
    const out = P.ObjectCreate(null) as Record<string, string>;
    for (let i = 0; i < names.length; i++) {
      try {
        const v = exportsObj[names[i]!];
        out[names[i]!] = v === null ? 'null' : typeof v;
      } catch (e) {
        return stringify({ ok: false, error: describeError(e) });
      }
    }
    return stringify({ ok: true, types: out });
  }

  function request(id: string, json: string): string {
    const r = P.JSONParse(json) as { method: string; url: string; headers: Array<[string, string]>; body: string };
    let done = false;
    const deadline = clock.addDeadline(config.requestTimeoutMs, () => {
      if (done) return;
      done = true;
      hostIo('response', id, stringify({ timeout: true }));
    });
    try {
      const app = exportsObj.default;
      if (typeof app !== 'function') throw new P.TypeErrorCtor('the default export is not an Express app');
      const req = new IncomingMessage({ method: r.method, url: r.url, headers: r.headers });
      const res = new ServerResponse(req, (res: ServerResponse & { statusCode: unknown; statusMessage: unknown; _headers: unknown }, body: Uint8Array) => {
        if (done) return;
        done = true;
        deadline.cancel();
        hostIo('response', id, describeResponse(res, body));
      });
      if (r.body) req.push(Buffer.from(r.body, 'base64'));
      req.push(null);
      P.ReflectApply(app as () => void, undefined, [req, res]);
    } catch (e) {
      clock.reportUncaught(e, 'the request handler');
    }
    return 'ok';
  }

  function describeResponse(res: { statusCode: unknown; statusMessage: unknown; _headers: unknown }, body: Uint8Array): string {
    try {
      const headers: Array<[string, string]> = [];
      const it = P.MapEntries(res._headers);
      for (let n = P.MapIteratorNext(it) as IteratorResult<[string, [string, unknown]]>; !n.done; n = P.MapIteratorNext(it) as IteratorResult<[string, [string, unknown]]>) {
        const name = n.value[1][0];
        const value = n.value[1][1];
        if (P.ArrayIsArray(value)) for (let i = 0; i < value.length; i++) P.ArrayPush(headers, [P.String(name), P.String(value[i])]);
        else P.ArrayPush(headers, [P.String(name), P.String(value)]);
      }
      const status = P.Number(res.statusCode);
      const bytes = Buffer.from(body);
      if (bytes.length > config.bodyChars) return stringify({ outputLimit: true, status, bytes: bytes.length });
      return stringify({ status, headers, body: bytes.toString('base64') });
    } catch (e) {
      return stringify({ invalid: true, error: describeError(e) });
    }
  }

  function makeFake(f: Fake): (...args: unknown[]) => unknown {
    return function fake(...args: unknown[]): unknown {
      let callback: unknown;
      if (f.style === 'callback') callback = args[args.length - 1];
      const passed: unknown[] = [];
      const count = f.style === 'callback' ? args.length - 1 : args.length;
      for (let i = 0; i < count; i++) P.ArrayPush(passed, args[i]);
      const plan = P.JSONParse(hostIo('fake', f.id, encode(passed, config.valueChars))) as { delayMs: number; value?: unknown; error?: { name?: string; message: string } };
      const error = () => fromTagged({ $: 'error', name: plan.error!.name ?? 'Error', message: plan.error!.message });
      if (f.style === 'sync') { if (plan.error) throw error(); return fromTagged(plan.value); }
      const op = opSeq++;
      P.ArrayPush(inFlight, op);
      const settle = (fn: () => void) => clock.setTimeout(() => {
        for (let i = 0; i < inFlight.length; i++) if (inFlight[i] === op) { P.ArraySplice(inFlight, i, 1); break; }
        fn();
      }, plan.delayMs);
      if (f.style === 'callback') {
        if (typeof callback !== 'function') throw new P.TypeErrorCtor('the last argument must be a callback function');
        settle(() => plan.error ? (callback as (e: unknown) => void)(error()) : (callback as (e: unknown, v: unknown) => void)(null, fromTagged(plan.value)));
        return undefined;
      }
      return new P.Promise((resolve, reject) => settle(() => (plan.error ? reject(error()) : resolve(fromTagged(plan.value)))));
    };
  }

  function call(id: string, name: string, argsJson: string): string {
    const specs = P.JSONParse(argsJson) as Array<{ value?: unknown; fake?: Fake }>;
    const args: unknown[] = [];
    for (let i = 0; i < specs.length; i++) {
      const s = specs[i]!;
      P.ArrayPush(args, s.fake ? makeFake(s.fake) : fromTagged(s.value));
    }
    const startedAt = clock.virtualNow();
    const firstOp = opSeq;
    const settled = (ok: boolean, v: unknown) => hostIo('settled', id, stringify({
      ok,
      value: ok ? encode(v, config.valueChars) : undefined,
      error: ok ? undefined : describeError(v),
      elapsedMs: clock.virtualNow() - startedAt,
      pendingOperations: pendingSince(firstOp),
    }));
    try {
      const fn = exportsObj[name];
      if (typeof fn !== 'function') throw new P.TypeErrorCtor(name + ' is not an exported function');
      const result = P.ReflectApply(fn as () => unknown, undefined, args);
      if (P.isPromise(result)) P.PromiseThen(result, (v: unknown) => settled(true, v), (e: unknown) => settled(false, e));
      else settled(true, result);
    } catch (e) {
      settled(false, e);
    }
    return 'ok';
  }

  return P.ObjectFreeze({
    load,
    exportTypes,
    request,
    call,
    step: (horizon?: string) => clock.step(horizon === undefined ? undefined : P.Number(horizon)) + ':' + P.String(clock.virtualNow()),
    now: () => clock.virtualNow(),
    wallNow: () => wallNow(),
    complete: (id: string, json: string) => { completeQuery(P.Number(id), json); return 'ok'; },
    takeConsole,
    __proto__: null,
  });
}
