import { defineChecks, type CheckContext } from '../../server/grader/checks.ts';

const USER = { id: 7, name: 'Ada', teamId: 42 };
const TEAM = { id: 42, name: 'Platform' };
const ORDERS = [{ id: 1, total: 30 }, { id: 2, total: 12 }];

/** getUser 100 ms, getTeam 50 ms, getOrders 120 ms (or failing after 30 ms). */
function services({ fake }: CheckContext, ordersFail = false) {
  return {
    getUser: fake('getUser', () => ({ after: 100, value: USER })),
    getTeam: fake('getTeam', () => ({ after: 50, value: TEAM })),
    getOrders: fake('getOrders', () => (ordersFail ? { after: 30, error: 'orders service is down' } : { after: 120, value: ORDERS })),
  };
}

async function run(ctx: CheckContext) {
  const s = services(ctx);
  const t0 = ctx.clock.now();
  const r = await ctx.call('loadDashboard', 7, s.getUser, s.getTeam, s.getOrders);
  const startOf = (calls: Array<{ at: number }>) => (calls[0] ? calls[0].at - t0 : undefined);
  return { ...s, r, startOf };
}

export default defineChecks([
  {
    id: 'resolves-dashboard',
    title: 'Resolves with { user, team, orders }, asking for the team of the user',
    concepts: ['async-js.async-await'],
    async run(ctx) {
      const { r, getTeam } = await run(ctx);
      ctx.expect(r.error?.message, 'the error loadDashboard rejected with (it should resolve)').toBeUndefined();
      ctx.expect(getTeam.calls.map((c) => c.args), 'the arguments getTeam received').toEqual([[42]]);
      ctx.expect(r.value, 'what loadDashboard resolved with').toEqual({ user: USER, team: TEAM, orders: ORDERS });
    },
  },
  {
    id: 'starts-independent-calls-together',
    title: 'Starts getUser and getOrders at the same time',
    concepts: ['async-js.promise-combinators', 'async-js.non-blocking'],
    async run(ctx) {
      const { getUser, getOrders, startOf } = await run(ctx);
      ctx.expect(startOf(getUser.calls), 'when getUser started (ms after loadDashboard was called)').toBe(0);
      ctx.expect(startOf(getOrders.calls), 'when getOrders started (ms after loadDashboard was called)').toBe(0);
    },
  },
  {
    id: 'team-starts-when-user-arrives',
    title: 'Starts getTeam as soon as the user arrives (at 100 ms), without waiting for the orders',
    concepts: ['async-js.async-await', 'async-js.promise-combinators'],
    async run(ctx) {
      const { getTeam, startOf } = await run(ctx);
      ctx.expect(startOf(getTeam.calls), 'when getTeam started (ms after loadDashboard was called)').toBe(100);
    },
  },
  {
    id: 'finishes-in-150ms',
    title: 'Finishes in 150 ms (the longer of the two chains), not 270 ms',
    concepts: ['async-js.non-blocking', 'async-js.promise-combinators'],
    async run(ctx) {
      const { r } = await run(ctx);
      ctx.expect(r.ok, 'whether loadDashboard resolved').toBe(true);
      ctx.expect(r.elapsedMs, 'the time loadDashboard took (ms)').toBeLessThanOrEqual(150);
    },
  },
  {
    id: 'rejects-on-failure',
    title: 'Rejects with the error when one of the requests fails',
    concepts: ['async-js.error-handling', 'async-js.promise-combinators'],
    async run(ctx) {
      const s = services(ctx, true);
      const r = await ctx.call('loadDashboard', 7, s.getUser, s.getTeam, s.getOrders);
      ctx.expect(r.ok, 'whether loadDashboard resolved (it should reject)').toBe(false);
      ctx.expect(r.error?.message, 'the rejection message').toBe('orders service is down');
    },
  },
]);
