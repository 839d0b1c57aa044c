import { defineChecks, type CheckContext, type FakeResult } from '../../server/grader/checks.ts';

const DURATIONS: Record<number, number> = { 1: 50, 2: 10, 3: 30, 4: 20, 5: 40, 6: 10 };
const ITEMS = [1, 2, 3, 4, 5, 6];

/** worker(item) resolves with `result-<item>` after DURATIONS[item] ms; `failing` rejects after 10 ms. */
function workerFake({ fake }: CheckContext, durations: Record<number, number>, failing?: number) {
  return fake('worker', (item): FakeResult => {
    if (item === failing) return { after: 10, error: `item ${String(item)} failed` };
    return { after: durations[Number(item)] ?? 30, value: `result-${String(item)}` };
  });
}

/** The most workers that were running at the same moment, from start times and known durations. */
function maxInFlight(calls: Array<{ args: unknown[]; at: number }>, durations: Record<number, number>): number {
  const events: Array<[number, number]> = [];
  for (const c of calls) {
    const start = c.at;
    events.push([start, 1], [start + (durations[Number(c.args[0])] ?? 30), -1]);
  }
  // Ends before starts at the same instant: a slot freed at t can be reused at t.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0, max = 0;
  for (const [, d] of events) { now += d; max = Math.max(max, now); }
  return max;
}

export default defineChecks([
  {
    id: 'results-in-order',
    title: 'Resolves with the results in the order of the items',
    concepts: ['async-js.async-await', 'async-js.promise-combinators'],
    async run(ctx) {
      const r = await ctx.call('mapLimit', ITEMS, 2, workerFake(ctx, DURATIONS));
      ctx.expect(r.error?.message, 'the error mapLimit rejected with (it should resolve)').toBeUndefined();
      ctx.expect(r.value, 'what mapLimit resolved with').toEqual(ITEMS.map((i) => `result-${i}`));
    },
  },
  {
    id: 'never-more-than-limit',
    title: 'Never runs more than limit workers at once',
    concepts: ['async-js.non-blocking', 'async-js.promise-combinators'],
    async run(ctx) {
      const durations: Record<number, number> = { 1: 30, 2: 30, 3: 10, 4: 50, 5: 20, 6: 20, 7: 40, 8: 10 };
      const worker = workerFake(ctx, durations);
      const r = await ctx.call('mapLimit', [1, 2, 3, 4, 5, 6, 7, 8], 3, worker);
      ctx.expect(r.ok, 'whether mapLimit resolved').toBe(true);
      ctx.expect(worker.calls.length, 'how many times worker was called').toBe(8);
      ctx.expect(maxInFlight(worker.calls, durations), 'the most workers running at the same time (limit 3)').toBeLessThanOrEqual(3);
    },
  },
  {
    id: 'starts-next-when-one-finishes',
    title: 'Starts the next item as soon as any running worker finishes',
    concepts: ['async-js.event-loop', 'async-js.async-await'],
    async run(ctx) {
      const worker = workerFake(ctx, DURATIONS);
      const t0 = ctx.clock.now();
      await ctx.call('mapLimit', ITEMS, 2, worker);
      const startOf = (item: number) => {
        const c = worker.calls.find((call) => call.args[0] === item);
        return c ? c.at - t0 : null;
      };
      ctx.expect(ITEMS.map(startOf), 'when items 1 to 6 started (ms after the call)').toEqual([0, 0, 10, 40, 50, 60]);
    },
  },
  {
    id: 'finishes-in-90ms',
    title: 'Finishes the example in 90 ms',
    concepts: ['async-js.non-blocking'],
    async run(ctx) {
      const r = await ctx.call('mapLimit', ITEMS, 2, workerFake(ctx, DURATIONS));
      ctx.expect(r.ok, 'whether mapLimit resolved').toBe(true);
      ctx.expect(r.elapsedMs, 'the time mapLimit took (ms)').toBe(90);
    },
  },
  {
    id: 'rejects-on-failure',
    title: 'Rejects with the error as soon as a worker fails',
    concepts: ['async-js.error-handling'],
    async run(ctx) {
      const r = await ctx.call('mapLimit', [1, 2, 3, 4, 5], 2, workerFake(ctx, {}, 1));
      ctx.expect(r.ok, 'whether mapLimit resolved (it should reject)').toBe(false);
      ctx.expect(r.error?.message, 'the rejection message').toBe('item 1 failed');
      ctx.expect(r.elapsedMs, 'ms until mapLimit rejected (item 1 fails after 10)').toBe(10);
    },
  },
  {
    id: 'stops-after-failure',
    title: 'Starts no new items after a worker has failed',
    concepts: ['async-js.error-handling', 'async-js.event-loop'],
    async run(ctx) {
      await ctx.clock.settle(60_000); // let anything left over from earlier checks finish first
      const worker = workerFake(ctx, {}, 1);
      await ctx.call('mapLimit', [1, 2, 3, 4, 5], 2, worker);
      await ctx.clock.settle(60_000); // give other lanes every chance to carry on
      ctx.expect(worker.calls.map((c) => c.args[0]), 'the items worker was called with (item 1 failed at 10 ms, item 2 was still running)').toEqual([1, 2]);
    },
  },
]);
