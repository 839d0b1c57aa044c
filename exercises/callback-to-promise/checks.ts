import { defineChecks, type CheckContext } from '../../server/grader/checks.ts';

const FILES: Record<string, string> = {
  'notes.txt': 'remember the milk',
  'config.json': '{"port":3000,"debug":true}',
  'broken.json': '{port: 3000',
};

/** A callback-style readFile that answers after 20 ms of virtual time. */
function readFileFake({ fake }: CheckContext) {
  return fake('readFile', (path) => {
    const text = FILES[String(path)];
    if (text === undefined) return { after: 20, error: { name: 'Error', message: `ENOENT: no such file '${String(path)}'` } };
    return { after: 20, value: text };
  }, 'callback');
}

export default defineChecks([
  {
    id: 'resolves-with-contents',
    title: 'loadText resolves with the text readFile calls back with',
    concepts: ['async-js.callbacks', 'async-js.promises'],
    async run(ctx) {
      const readFile = readFileFake(ctx);
      const r = await ctx.call('loadText', 'notes.txt', readFile);
      ctx.expect(r.error?.message, 'the error it rejected with (it should resolve)').toBeUndefined();
      ctx.expect(readFile.calls.map((c) => c.args), 'the arguments readFile received (without the callback)').toEqual([['notes.txt']]);
      ctx.expect(r.value, 'what loadText resolved with').toBe('remember the milk');
      ctx.expect(r.elapsedMs, 'ms until loadText settled (readFile takes 20 ms)').toBe(20);
    },
  },
  {
    id: 'rejects-on-error',
    title: 'loadText rejects with the error readFile calls back with',
    concepts: ['async-js.callbacks', 'async-js.error-handling'],
    async run(ctx) {
      const r = await ctx.call('loadText', 'missing.txt', readFileFake(ctx));
      ctx.expect(r.ok, 'whether loadText resolved (it should reject)').toBe(false);
      ctx.expect(r.error?.message, 'the rejection message').toBe("ENOENT: no such file 'missing.txt'");
    },
  },
  {
    id: 'parses-json',
    title: 'loadJson resolves with the parsed JSON',
    concepts: ['async-js.async-await'],
    async run(ctx) {
      const r = await ctx.call('loadJson', 'config.json', readFileFake(ctx));
      ctx.expect(r.error?.message, 'the error it rejected with (it should resolve)').toBeUndefined();
      ctx.expect(r.value, 'what loadJson resolved with').toEqual({ port: 3000, debug: true });
    },
  },
  {
    id: 'json-passes-read-errors',
    title: 'loadJson rejects with the read error when the file is missing',
    concepts: ['async-js.error-handling', 'async-js.async-await'],
    async run(ctx) {
      const r = await ctx.call('loadJson', 'missing.json', readFileFake(ctx));
      ctx.expect(r.ok, 'whether loadJson resolved (it should reject)').toBe(false);
      ctx.expect(r.error?.message, 'the rejection message').toBe("ENOENT: no such file 'missing.json'");
    },
  },
  {
    id: 'bad-json-rejects',
    title: 'loadJson rejects with a SyntaxError when the file is not valid JSON',
    concepts: ['async-js.error-handling'],
    async run(ctx) {
      const r = await ctx.call('loadJson', 'broken.json', readFileFake(ctx));
      ctx.expect(r.ok, 'whether loadJson resolved (it should reject)').toBe(false);
      ctx.expect(r.error?.name, 'the kind of error it rejected with').toBe('SyntaxError');
    },
  },
]);
