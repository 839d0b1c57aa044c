import { defineChecks, type CheckContext, type FakeResult } from '../../server/grader/checks.ts';

/** Per service: how long its ping takes, and the error it fails with (if any). */
type Plan = Record<string, { after: number; error?: string }>;

function pingFake({ fake }: CheckContext, plan: Plan) {
  return fake('ping', (name): FakeResult => {
    const p = plan[String(name)] ?? { after: 10 };
    return p.error ? { after: p.after, error: p.error } : { after: p.after, value: p.after };
  });
}

export default defineChecks([
  {
    id: 'all-up',
    title: 'Lists every service as up when every ping succeeds',
    concepts: ['async-js.promise-combinators'],
    async run(ctx) {
      const ping = pingFake(ctx, { api: { after: 10 }, db: { after: 20 }, cache: { after: 30 } });
      const r = await ctx.call('checkServices', ['api', 'db', 'cache'], ping);
      ctx.expect(r.error?.message, 'the error checkServices rejected with (it should resolve)').toBeUndefined();
      ctx.expect(r.value, 'the report').toEqual({ up: ['api', 'db', 'cache'], down: [] });
    },
  },
  {
    id: 'reports-failures',
    title: 'Lists a failed service under down with its error message',
    concepts: ['async-js.promise-combinators', 'async-js.error-handling'],
    async run(ctx) {
      const ping = pingFake(ctx, { api: { after: 20 }, db: { after: 40, error: 'connection refused' }, cache: { after: 60 } });
      const r = await ctx.call('checkServices', ['api', 'db', 'cache'], ping);
      ctx.expect(r.error?.message, 'the error checkServices rejected with (it should resolve)').toBeUndefined();
      ctx.expect(r.value, 'the report').toEqual({ up: ['api', 'cache'], down: [{ name: 'db', error: 'connection refused' }] });
    },
  },
  {
    id: 'never-rejects',
    title: 'Still resolves with a report when every service is down',
    concepts: ['async-js.error-handling'],
    async run(ctx) {
      const ping = pingFake(ctx, { api: { after: 20, error: 'timeout' }, db: { after: 30, error: 'connection refused' } });
      const r = await ctx.call('checkServices', ['api', 'db'], ping);
      ctx.expect(r.error?.message, 'the error checkServices rejected with (it should resolve)').toBeUndefined();
      ctx.expect(r.value, 'the report').toEqual({
        up: [],
        down: [{ name: 'api', error: 'timeout' }, { name: 'db', error: 'connection refused' }],
      });
    },
  },
  {
    id: 'pings-in-parallel',
    title: 'Pings every service at once (the report takes as long as the slowest ping)',
    concepts: ['async-js.non-blocking', 'async-js.promise-combinators'],
    async run(ctx) {
      const ping = pingFake(ctx, { api: { after: 20 }, db: { after: 60, error: 'connection refused' }, cache: { after: 40 } });
      const t0 = ctx.clock.now();
      const r = await ctx.call('checkServices', ['api', 'db', 'cache'], ping);
      ctx.expect(ping.calls.map((c) => c.at - t0), 'when each ping started (ms after the call)').toEqual([0, 0, 0]);
      ctx.expect(r.elapsedMs, 'the time checkServices took (ms); the slowest ping takes 60').toBe(60);
    },
  },
  {
    id: 'keeps-input-order',
    title: 'Keeps the order of names even when later services answer first',
    concepts: ['async-js.promise-combinators'],
    async run(ctx) {
      const ping = pingFake(ctx, {
        api: { after: 90 }, db: { after: 60, error: 'disk full' }, cache: { after: 30 }, queue: { after: 10, error: 'not reachable' },
      });
      const r = await ctx.call('checkServices', ['api', 'db', 'cache', 'queue'], ping);
      ctx.expect(r.error?.message, 'the error checkServices rejected with (it should resolve)').toBeUndefined();
      ctx.expect(r.value, 'the report').toEqual({
        up: ['api', 'cache'],
        down: [{ name: 'db', error: 'disk full' }, { name: 'queue', error: 'not reachable' }],
      });
    },
  },
]);
