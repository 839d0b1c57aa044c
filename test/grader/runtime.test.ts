// The in-isolate runtime against real Node: event-loop order on the virtual
// clock, and bcrypt / jsonwebtoken interoperating with the real packages.
import { execFileSync } from 'node:child_process';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGrader, type Grader } from './harness.ts';

let grader: Grader;
beforeAll(async () => { grader = await startGrader(); });
afterAll(() => grader?.close());

// Programs whose output order Node defines (timeout 0 vs immediate from the main module is not defined).
const programs: Record<string, string> = {
  'queueMicrotask and promise jobs in order': `nextTick(() => log('tick')); Promise.resolve().then(() => log('promise')); log('sync');`,
  'timers by due time then order': `setTimeout(() => log('t20'), 20); setTimeout(() => log('t10a'), 10); setTimeout(() => log('t10b'), 10); setTimeout(() => log('t0'), 0);`,
  'immediate before timeout inside I/O-like callback': `setTimeout(() => { setTimeout(() => log('timeout'), 0); setImmediate(() => log('immediate')); }, 5);`,
  'microtasks between timers': `setTimeout(() => { log('a'); Promise.resolve().then(() => log('a-micro')); }, 1); setTimeout(() => log('b'), 1);`,
  'nested immediates wait a turn': `setImmediate(() => { log('i1'); setImmediate(() => log('i3')); }); setImmediate(() => log('i2'));`,
  'await ordering': `(async () => { log('f1'); await null; log('f2'); })(); Promise.resolve().then(() => log('p')); log('main');`,
  'interval stops when cleared': `let n = 0; const h = setInterval(() => { log('i' + n); if (++n === 3) clearInterval(h); }, 10);`,
};

function realNodeOrder(body: string): string[] {
  const src = `const out = []; const log = (s) => out.push(s); const nextTick = process.nextTick;\n${body}\nsetTimeout(() => console.log(JSON.stringify(out)), 200);`;
  return JSON.parse(execFileSync(process.execPath, ['-e', src], { encoding: 'utf8' })) as string[];
}

describe('virtual event loop', () => {
  it.each(Object.entries(programs))('%s matches real Node', async (_name, body) => {
    // Learners get no process.nextTick; queueMicrotask stands in for it on both sides.
    const code = `export async function run() {
      const out = []; const log = (s) => out.push(s);
      ${body.replace(/nextTick\(/g, 'queueMicrotask(')}
      await new Promise((r) => setTimeout(r, 200));
      return out;
    }`;
    const expected = realNodeOrder(body.replace(/nextTick\(/g, 'queueMicrotask('));
    const r = await grader.call(code, 'run', []);
    expect(r.value).toEqual(expected);
  });

  it('jumps virtual time instead of sleeping, and Date follows it', async () => {
    const code = `export async function run() {
      const t0 = Date.now(); const p0 = performance.now();
      await new Promise((r) => setTimeout(r, 3_600_000));
      return [Date.now() - t0, performance.now() - p0];
    }`;
    const started = Date.now();
    const r = await grader.call(code, 'run', []);
    expect(r.value).toEqual([3_600_000, 3_600_000]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('auth libraries inside the sandbox', () => {
  it('signs JWTs the real jsonwebtoken verifies, with real error classes', async () => {
    const code = `import jwt from 'jsonwebtoken';
    export function run() {
      const token = jwt.sign({ sub: '42', role: 'admin' }, 'k', { expiresIn: '1h' });
      const errors = [];
      try { jwt.verify(token, 'wrong'); } catch (e) { errors.push(e.name + ': ' + e.message); }
      try { jwt.verify(jwt.sign({ exp: Math.floor(Date.now() / 1000) - 10 }, 'k'), 'k'); } catch (e) { errors.push(e.name + ': ' + e.message); }
      return { token, errors, decoded: jwt.decode(token).sub };
    }`;
    const r = await grader.call(code, 'run');
    const v = r.value as { token: string; errors: string[]; decoded: string };
    expect(jwt.verify(v.token, 'k')).toMatchObject({ sub: '42', role: 'admin' });
    expect(v.errors).toEqual(['JsonWebTokenError: invalid signature', 'TokenExpiredError: jwt expired']);
    expect(v.decoded).toBe('42');
  });

  it('verifies tokens from the real jsonwebtoken', async () => {
    const token = jwt.sign({ sub: '7' }, 'shared', { expiresIn: '5m' });
    const code = `import jwt from 'jsonwebtoken';
    export function run() { return [jwt.verify(${JSON.stringify(token)}, 'shared').sub, (() => { try { jwt.verify(${JSON.stringify(token)}, 'other'); return 'accepted'; } catch (e) { return e.name; } })()]; }`;
    const r = await grader.call(code, 'run');
    expect(r.value).toEqual(['7', 'JsonWebTokenError']);
  });

  it('bcrypt hashes and compares both ways with the native bcrypt, promises and callbacks', async () => {
    const nativeHash = await bcrypt.hash('s3cret', 4);
    const code = `import bcrypt from 'bcrypt';
    export async function run() {
      const hash = await bcrypt.hash('s3cret', 4);
      const viaCallback = await new Promise((resolve, reject) => bcrypt.compare('s3cret', ${JSON.stringify(nativeHash)}, (err, ok) => err ? reject(err) : resolve(ok)));
      return { hash, native: await bcrypt.compare('s3cret', ${JSON.stringify(nativeHash)}), wrong: bcrypt.compareSync('nope', hash), viaCallback, rounds: bcrypt.getRounds(hash) };
    }`;
    const r = await grader.call(code, 'run');
    const v = r.value as { hash: string; native: boolean; wrong: boolean; viaCallback: boolean; rounds: number };
    expect(await bcrypt.compare('s3cret', v.hash)).toBe(true);
    expect(v).toMatchObject({ native: true, wrong: false, viaCallback: true, rounds: 4 });
    expect(v.hash.startsWith('$2b$04$')).toBe(true);
  });

  it('modules outside the exercise are refused by name', async () => {
    const r = await grader.call(`import jwt from 'jsonwebtoken'; export function run() { return typeof jwt; }`, 'run', ['express']);
    expect(JSON.stringify(r.loadError)).toContain('module jsonwebtoken is not available in this exercise');
  });
});

describe('web-platform globals inside the sandbox', () => {
  it('match what Node gives a module: randomUUID, base64, text codecs, structuredClone, AbortController', async () => {
    const code = `export function run() {
      const id = crypto.randomUUID();
      const original = { when: new Date(0), tags: new Set(['a']), nested: { n: [1, 2] } };
      const copy = structuredClone(original);
      const controller = new AbortController();
      controller.abort();
      return {
        uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id),
        distinct: crypto.randomUUID() !== id,
        base64: [btoa('hi there'), atob('aGkgdGhlcmU=')],
        encoded: Array.from(new TextEncoder().encode('é€')),
        decoded: new TextDecoder().decode(new Uint8Array([0xe2, 0x82, 0xac])),
        cloned: [copy !== original, copy.nested !== original.nested, copy.when.getTime(), [...copy.tags], copy.nested.n],
        aborted: controller.signal.aborted,
      };
    }`;
    const r = await grader.call(code, 'run', []);
    expect(r.value).toEqual({
      uuid: true, distinct: true, base64: ['aGkgdGhlcmU=', 'hi there'], encoded: [0xc3, 0xa9, 0xe2, 0x82, 0xac], decoded: '€',
      cloned: [true, true, 0, ['a'], [1, 2]], aborted: true,
    });
  });
});

// Each expression runs in the sandbox and on the host; the answers must be equal.
const webCases: Record<string, string> = {
  'URL parsing': `['HTTP://Ex.COM:80/a/../b?x=1#h', 'http://[::1]:0/', 'http://0x7f.1/', 'https://u:p@h.test:8443/p', 'blob:http://a/b', 'http://a.test/ä?ö#ü']
    .map((s) => { const u = new URL(s); return [u.href, u.origin, u.host, u.pathname, u.search, u.hash, u.username]; })`,
  'international host names': `['http://Bücher.de/', 'http://ＥＸＡＭＰＬＥ.com/', 'http://faß.de/', 'http://xn--nxasmq6b.com/', 'http://a\\u00adb.test/', 'http://xn--a.test/', 'http://xn--ls8h.la/', 'http://a\\u3002b/', 'http://\\u0301a/']
    .map((s) => URL.parse(s)?.host ?? null)`,
  'URL errors': `[() => new URL('nope'), () => new URL('/x', 'bad base'), () => new URL('http://a b/')]
    .map((f) => { try { f(); return null; } catch (e) { return [e.name, e.message, e.code, e.input, e.base, e instanceof TypeError]; } })`,
  'URL setters and search params': `(() => {
    const u = new URL('http://a.test/p?x=1');
    u.searchParams.append('y', 'a b&c'); u.hash = 'frag'; u.pathname = '/q r'; u.port = '8080'; u.protocol = 'https';
    const p = new URLSearchParams('a=%zz&b=%E0%A4%A&c=+&d=%F0%9F%8E%89');
    return [u.href, String(u.searchParams), [...p], new URLSearchParams({ n: 1, t: true }).toString(), URL.canParse('x:'), typeof URL.parse('::')];
  })()`,
  'Buffer base64url and UTF-8 decoding': `[
    Buffer.from('hi?>~\\u00ff').toString('base64url'), Buffer.from('aGk_Pn7Dvw', 'base64url').toString(),
    Buffer.byteLength('aGk_Pn4', 'base64url'), Buffer.isEncoding('BASE64URL'),
    Buffer.from([0x61, 0xe0, 0xa4, 0x62, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xc0, 0xaf, 0xf0, 0x9f]).toString(),
    Buffer.from([0xe2, 0x82, 0xac, 0xff]).toString('utf8', 0, 3),
  ]`,
  'TextDecoder': `[
    new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68])), new TextDecoder('utf8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf])).length,
    (() => { try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); return 'no error'; } catch (e) { return [e.name, e.code]; } })(),
  ]`,
};

describe('URL, Buffer and text decoding inside the sandbox', () => {
  it.each(Object.entries(webCases))('%s as in Node', async (_name, expression) => {
    const r = await grader.call(`export function run() { return ${expression}; }`, 'run', []);
    expect(r.value).toEqual(JSON.parse(JSON.stringify((0, eval)(expression))));
  });
});
