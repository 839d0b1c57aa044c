import { defineChecks, type CheckContext, type FakeResult } from '../../server/grader/checks.ts';

type Plan = Record<string, { after: number; ok: boolean }>;

function mirrorsFake({ fake }: CheckContext, plan: Plan) {
  return fake('download', (mirror): FakeResult => {
    const p = plan[String(mirror)] ?? { after: 10, ok: false };
    return p.ok ? { after: p.after, value: `data from ${String(mirror)}` } : { after: p.after, error: `${String(mirror)} is down` };
  });
}

const MIXED: Plan = { eu: { after: 10, ok: false }, us: { after: 50, ok: true }, asia: { after: 80, ok: true } };

export default defineChecks([
  {
    id: 'fastest-success-wins',
    title: 'Resolves with the fastest mirror, whatever its place in the list',
    concepts: ['async-js.promise-combinators'],
    async run(ctx) {
      const download = mirrorsFake(ctx, { eu: { after: 80, ok: true }, us: { after: 30, ok: true }, asia: { after: 60, ok: true } });
      const r = await ctx.call('fetchFromMirrors', ['eu', 'us', 'asia'], download);
      ctx.expect(r.error?.message, 'the error fetchFromMirrors rejected with (it should resolve)').toBeUndefined();
      ctx.expect(r.value, 'what fetchFromMirrors resolved with').toBe('data from us');
      ctx.expect(r.elapsedMs, 'the time it took (ms); the fastest mirror answers in 30').toBe(30);
    },
  },
  {
    id: 'skips-failed-mirrors',
    title: 'Ignores a mirror that fails first and uses the next success',
    concepts: ['async-js.promise-combinators', 'async-js.error-handling'],
    async run(ctx) {
      const r = await ctx.call('fetchFromMirrors', ['eu', 'us', 'asia'], mirrorsFake(ctx, MIXED));
      ctx.expect(r.error?.message, 'the error fetchFromMirrors rejected with (it should resolve)').toBeUndefined();
      ctx.expect(r.value, 'what fetchFromMirrors resolved with').toBe('data from us');
    },
  },
  {
    id: 'asks-every-mirror-at-once',
    title: 'Asks every mirror at the same time and answers after 50 ms, not later',
    concepts: ['async-js.promise-combinators', 'async-js.non-blocking'],
    async run(ctx) {
      const download = mirrorsFake(ctx, MIXED);
      const t0 = ctx.clock.now();
      const r = await ctx.call('fetchFromMirrors', ['eu', 'us', 'asia'], download);
      ctx.expect(download.calls.map((c) => c.at - t0), 'when each download started (ms after the call)').toEqual([0, 0, 0]);
      ctx.expect(r.ok, 'whether fetchFromMirrors resolved').toBe(true);
      ctx.expect(r.elapsedMs, 'the time it took (ms); us succeeds after 50').toBe(50);
    },
  },
  {
    id: 'all-fail-rejects',
    title: "Rejects with 'all mirrors failed' when every mirror fails",
    concepts: ['async-js.error-handling', 'async-js.promise-combinators'],
    async run(ctx) {
      const download = mirrorsFake(ctx, { eu: { after: 10, ok: false }, us: { after: 20, ok: false }, asia: { after: 30, ok: false } });
      const r = await ctx.call('fetchFromMirrors', ['eu', 'us', 'asia'], download);
      ctx.expect(r.ok, 'whether fetchFromMirrors resolved (it should reject)').toBe(false);
      ctx.expect(r.error?.message, 'the rejection message').toBe('all mirrors failed');
    },
  },
  {
    id: 'no-mirrors',
    title: "Rejects with 'all mirrors failed' for an empty list",
    concepts: ['async-js.promise-combinators'],
    async run(ctx) {
      const download = mirrorsFake(ctx, {});
      const r = await ctx.call('fetchFromMirrors', [], download);
      ctx.expect(r.ok, 'whether fetchFromMirrors resolved (it should reject)').toBe(false);
      ctx.expect(r.error?.message, 'the rejection message').toBe('all mirrors failed');
      ctx.expect(download.calls.length, 'how many times download was called').toBe(0);
    },
  },
]);
