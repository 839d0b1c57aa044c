// Hostile submissions and the exact outcome each must produce. H = an HTTP
// exercise (todos-api), A = an async one (fetch-users-parallel).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GradeReport } from '../../../server/grader/report.ts';
import type { Limits } from '../../../server/grader/limits.ts';

const read = (p: string) => readFileSync(fileURLToPath(new URL(p, import.meta.url)), 'utf8');
export const H_SOLUTION = read('../../../exercises/todos-api/solution.ts');
export const A_SOLUTION = read('../../../exercises/fetch-users-parallel/solution.ts');
const H = 'todos-api';
const A = 'fetch-users-parallel';

/** An HTTP app whose GET /todos runs `body` (with req, res in scope). */
const route = (body: string) => `import express from 'express';
const app = express();
app.get('/todos', (req, res) => { ${body} });
export default app;`;
/** The async exercise with fetchAll's body replaced. */
const fetchAll = (body: string) => `export async function fetchAll(ids, getUser) { ${body} }`;

export interface HostileCase {
  name: string;
  exercise: string;
  code: string;
  limits?: Partial<Limits>;
  status: GradeReport['status'];
  /** report.error.kind when the grading stopped or never started. */
  error?: string;
  /** kind of the first failed check. */
  /** The failed check's kind; a list where timing decides between equally right outcomes. */
  check?: string | string[];
  more?: (r: GradeReport) => void;
}

const firstFailure = (r: GradeReport) => r.checks.find((c) => !c.passed);

export const cases: HostileCase[] = [
  // Loops and floods
  { name: 'sync infinite loop at top level', exercise: H, code: 'while (true) {}', status: 'error', error: 'time-limit' },
  { name: 'sync infinite loop in a route', exercise: H, code: route('while (true) {}'), status: 'fail', error: 'time-limit', check: 'time-limit' },
  { name: 'async infinite loop (await null forever)', exercise: H, code: '(async () => { while (true) await null; })();', status: 'error', error: 'time-limit' },
  { name: 'microtask flood', exercise: H, code: 'function f() { Promise.resolve().then(f); } f();', status: 'error', error: 'time-limit' },
  { name: 'queueMicrotask flood', exercise: H, code: 'function f() { queueMicrotask(f); } f();', status: 'error', error: 'time-limit' },
  { name: 'Date.now busy-wait never ends on the virtual clock', exercise: H, code: 'const end = Date.now() + 50; while (Date.now() < end) {}', status: 'error', error: 'time-limit' },
  { name: 'setInterval flood while a request waits', exercise: H, code: route('setInterval(() => {}, 1);'), status: 'fail', check: 'timeout',
    more: (r) => { if (!firstFailure(r)?.message?.startsWith('no response within 2 s')) throw new Error('message'); } },
  { name: 'a route that never responds', exercise: H, code: route('/* forgot res.send */'), status: 'fail', check: 'timeout' },
  { name: 'infinite loop inside a returned promise chain', exercise: A, code: fetchAll('await null; for (;;) {}'), status: 'fail', error: 'time-limit', check: 'time-limit' },
  { name: 'a promise that never settles', exercise: A, code: fetchAll('return new Promise(() => {});'), status: 'fail', check: 'never-settled' },

  // Memory and stack
  { name: 'memory bomb (arrays kept forever)', exercise: H, limits: { memoryMb: 32 }, code: 'const keep = []; while (true) keep.push(new Array(1e6).fill(1));', status: 'error', error: 'memory-limit' },
  { name: 'stack overflow at top level', exercise: H, code: 'function f() { return f() + 1; } f();', status: 'error', error: 'load-error',
    more: (r) => { if (!r.error?.message.includes('Maximum call stack size exceeded')) throw new Error(r.error?.message); } },
  { name: 'stack overflow in a route becomes a 500', exercise: H, code: route('const f = () => f() + 1; res.json(f());'), status: 'fail', check: 'assertion' },
  // Whether the check sees the rejected call or the learner's exhausted time limit first depends
  // on how busy the machine is; both fail the check and the report carries the time limit.
  { name: 'async recursion without end', exercise: A, code: 'async function f() { await f(); }\n' + fetchAll('await f();'), status: 'fail', error: 'time-limit', check: ['assertion', 'time-limit'] },

  // Output
  { name: 'giant console output is truncated, grading goes on', exercise: H, code: H_SOLUTION + '\nfor (let i = 0; i < 200000; i++) console.log("spam line", i);', status: 'pass',
    more: (r) => { if (!r.console.truncated || JSON.stringify(r.console).length > 70_000) throw new Error('console not bounded'); } },
  { name: 'one giant log line', exercise: H, code: H_SOLUTION + '\nconsole.log("x".repeat(5_000_000));', status: 'pass',
    more: (r) => { if (!r.console.truncated) throw new Error('not truncated'); } },
  { name: 'giant response body', exercise: H, code: route('res.send("x".repeat(200_000));'), status: 'fail', check: 'output-limit' },
  { name: 'request limit', exercise: H, limits: { requests: 3 }, code: H_SOLUTION, status: 'fail', check: 'request-limit' },

  // Reaching for the host
  { name: 'process.exit does not exist', exercise: H, code: 'process.exit(1);', status: 'error', error: 'load-error' },
  { name: "learners' process has env and nothing of the host", exercise: H, code: H_SOLUTION + `
const PORT = process.env.PORT || 3000;
app.listen(PORT);
for (const k of ['exit', 'kill', 'abort', 'binding', '_linkedBinding', 'dlopen', 'mainModule', 'reallyExit', 'chdir', 'setuid', 'memoryUsage', 'stdout']) {
  if (typeof process[k] !== 'undefined') throw new Error('process.' + k + ' is there');
}
if (JSON.stringify(process.env) !== '{"NODE_ENV":"production"}') throw new Error('env: ' + JSON.stringify(process.env));`, status: 'pass' },
  { name: 'require is not a way out', exercise: H, code: "const fs = require('fs'); export default fs;", status: 'error', error: 'module-not-available' },
  { name: 'import of node:child_process', exercise: H, code: "import cp from 'node:child_process'; export default cp;", status: 'error', error: 'module-not-available',
    more: (r) => { if (r.error?.message !== 'module node:child_process is not available in this exercise') throw new Error(r.error?.message); } },
  { name: 'dynamic import() rejects', exercise: H, code: "import('fs').then((fs) => fs.readFileSync('/etc/passwd'));\n" + H_SOLUTION, status: 'error', error: 'unhandled-rejection' },
  { name: 'constructor.constructor reaches only the isolate global', exercise: H, code: H_SOLUTION + `
const g = (() => {}).constructor('return this')();
for (const k of ['require', 'module', '__stepwise_boot', 'WebAssembly', 'SharedArrayBuffer', 'Atomics', 'ivm', 'Deno', 'Bun']) {
  if (typeof g[k] !== 'undefined') throw new Error('escaped via ' + k);
}`, status: 'pass' },
  { name: 'constructor.constructor("return process")', exercise: H, code: "(() => {}).constructor('return process')().exit();", status: 'error', error: 'load-error' },
  { name: 'WebAssembly memory grow', exercise: H, code: 'new WebAssembly.Memory({ initial: 1 }).grow(8000);', status: 'error', error: 'load-error' },
  { name: 'SharedArrayBuffer and Atomics.wait', exercise: H, code: 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);', status: 'error', error: 'load-error' },
  { name: 'the boot hook is gone', exercise: H, code: 'globalThis.__stepwise_boot(() => "", "", "{}");', status: 'error', error: 'load-error' },

  // Values that attack whoever reads them
  { name: 'thrown looping Proxy', exercise: H, code: 'throw new Proxy({}, { get() { for (;;) {} }, getPrototypeOf() { for (;;) {} }, getOwnPropertyDescriptor() { for (;;) {} } });', status: 'error', error: 'time-limit' },
  { name: 'Error with a looping stack getter, thrown', exercise: H, code: "const e = new Error('sneaky'); Object.defineProperty(e, 'stack', { get() { for (;;) {} } }); throw e;", status: 'error', error: 'load-error',
    more: (r) => { if (!r.error?.message.includes('sneaky')) throw new Error(r.error?.message); } },
  { name: 'Error with a looping stack getter, rejected unhandled', exercise: H, limits: { cpuMs: 300 }, code: "const e = new Error('x'); Object.defineProperty(e, 'stack', { get() { for (;;) {} } }); Promise.reject(e);\n" + H_SOLUTION, status: 'error', error: 'time-limit' },
  { name: 'Error with a looping message getter, rejected unhandled', exercise: H, limits: { cpuMs: 300 }, code: "const e = new Error('x'); Object.defineProperty(e, 'message', { get() { for (;;) {} } }); Promise.reject(e);\n" + H_SOLUTION, status: 'error', error: 'time-limit' },
  { name: 'res.json of an object whose toJSON never returns', exercise: H, code: route('res.json({ toJSON() { for (;;) {} } });'), status: 'fail', error: 'time-limit', check: 'time-limit' },
  { name: 'returned object with a looping getter', exercise: A, code: fetchAll('return { get length() { for (;;) {} } };'), status: 'fail', check: 'assertion' },
  { name: 'returned Proxy with a looping ownKeys trap', exercise: A, code: fetchAll('return new Proxy([], { ownKeys() { for (;;) {} }, getOwnPropertyDescriptor() { for (;;) {} } });'), status: 'fail', error: 'time-limit' },

  // Prototype tampering
  { name: 'tampering cannot forge a pass', exercise: A, code: `
Object.defineProperty(Object.prototype, 'toJSON', { value() { return [{ id: 1, name: 'user-1' }]; }, configurable: true });
Object.defineProperty(Array.prototype, 'toJSON', { value() { return [{ id: 1, name: 'user-1' }]; }, configurable: true });
JSON.stringify = () => '[{"id":1,"name":"user-1"},{"id":2,"name":"user-2"},{"id":3,"name":"user-3"}]';
Reflect.ownKeys = () => [];
` + fetchAll('return [];'), status: 'fail', check: 'assertion' },
  { name: 'tampering does not break a correct solution', exercise: A, code: A_SOLUTION + `
JSON.stringify = () => '"hacked"';
JSON.parse = () => ({});
Reflect.ownKeys = () => [];
Object.getOwnPropertyDescriptor = () => undefined;
Map.prototype.get = () => undefined;
String.prototype.slice = () => 'hacked';`, status: 'pass' },
  { name: 'tampered Promise.prototype.then', exercise: A, code: A_SOLUTION + '\nconst then = Promise.prototype.then; Promise.prototype.then = function (a, b) { return then.call(this, a, b); };', status: 'pass' },

  // After grading ends
  { name: 'timers left running when grading ends', exercise: H, code: H_SOLUTION + '\nsetInterval(() => { globalThis.n = (globalThis.n ?? 0) + 1; }, 1);', status: 'pass',
    more: (r) => { if (r.usage.wallMs > 3000) throw new Error(`took ${r.usage.wallMs} ms`); } },
  { name: 'unhandled rejection in a route', exercise: H, code: route("Promise.reject(new Error('oops')); res.json([]);"), status: 'fail', error: 'unhandled-rejection', check: 'unhandled-rejection' },
  { name: 'throw inside a setImmediate callback', exercise: H, code: "setImmediate(() => { throw new Error('late'); });\n" + H_SOLUTION, status: 'error', error: 'uncaught-exception',
    more: (r) => { if (!r.error?.message.includes('late') || r.error.location?.line !== 1) throw new Error(JSON.stringify(r.error)); } },
  { name: 'throw inside a timer callback while a request waits', exercise: H, code: route("setTimeout(() => { throw new Error('late'); }, 5);"), status: 'fail', error: 'uncaught-exception', check: 'uncaught-exception' },
  // Real Node emits 'write after end' as an error nothing listens for: the server goes down.
  { name: 'a second answer written after res.end()', exercise: H, code: route("res.json([]); res.end('again');"), status: 'fail', error: 'uncaught-exception',
    more: (r) => { if (!r.error?.message.includes('write after end')) throw new Error(JSON.stringify(r.error)); } },
  // Node refuses a header without a value as it is set; Express turns the throw into a 500.
  { name: 'a header set to undefined', exercise: H, code: route("res.setHeader('X-Total', undefined); res.json([]);"), status: 'fail', check: 'assertion',
    more: (r) => { if (!JSON.stringify(r).includes('500')) throw new Error(JSON.stringify(firstFailure(r))); } },

  // Refused or broken before running
  { name: 'over 100 KB is refused before compiling', exercise: H, code: `// ${'x'.repeat(101 * 1024)}\n` + H_SOLUTION, status: 'error', error: 'too-large' },
  { name: 'syntax error with line and column', exercise: H, code: "import express from 'express';\nconst app = express(;\nexport default app;", status: 'error', error: 'compile-error',
    more: (r) => { if (r.error?.location?.line !== 2) throw new Error(JSON.stringify(r.error)); } },
  { name: 'runtime error at load points at the learner line', exercise: H, code: "import express from 'express';\nconst cfg: any = undefined;\nconst port: number = cfg.port;\nexport default express();", status: 'error', error: 'load-error',
    more: (r) => { if (r.error?.location?.line !== 3 || JSON.stringify(r).includes('/work/')) throw new Error(JSON.stringify(r.error)); } },
  { name: 'missing default export', exercise: H, code: "import express from 'express';\nconst app = express();", status: 'error', error: 'missing-export' },
  { name: 'missing named export', exercise: A, code: 'export function fetchEverything() {}', status: 'error', error: 'missing-export' },
];
