import { defineChecks, type CheckContext } from '../../server/grader/checks.ts';

/** A task that fails `failures` times, then resolves with 'done'. */
function flaky({ fake }: CheckContext, failures: number) {
  let n = 0;
  return fake('task', () => (n++ < failures ? { after: 10, error: `failure ${n}` } : { after: 10, value: 'done' }));
}
const starts = (calls: Array<{ at: number }>) => calls.map((c) => c.at - (calls[0]?.at ?? 0));

export default defineChecks([
  {
    id: 'first-try',
    title: 'Resolves with the value when the first call succeeds',
    concepts: ['async-js.async-await'],
    async run(ctx) {
      const task = flaky(ctx, 0);
      const r = await ctx.call('retry', task, 3, 100);
      ctx.expect(r.value, 'the result').toBe('done');
      ctx.expect(task.calls.length, 'how many times task was called').toBe(1);
    },
  },
  {
    id: 'waits-before-retry',
    title: 'Waits delayMs before calling the task again',
    concepts: ['async-js.event-loop', 'async-js.error-handling'],
    async run(ctx) {
      const task = flaky(ctx, 1);
      const r = await ctx.call('retry', task, 3, 100);
      ctx.expect(r.value, 'the result').toBe('done');
      ctx.expect(starts(task.calls), 'when each call started (ms after the first)').toEqual([0, 110]);
    },
  },
  {
    id: 'doubles-the-delay',
    title: 'Doubles the wait after each failure (100, 200, 400 ms)',
    concepts: ['async-js.event-loop'],
    async run(ctx) {
      const task = flaky(ctx, 3);
      const r = await ctx.call('retry', task, 5, 100);
      ctx.expect(r.value, 'the result').toBe('done');
      ctx.expect(starts(task.calls), 'when each call started (ms after the first)').toEqual([0, 110, 320, 730]);
    },
  },
  {
    id: 'gives-up-with-last-error',
    title: 'Rejects with the last error after the final attempt',
    concepts: ['async-js.error-handling'],
    async run(ctx) {
      const task = flaky(ctx, 10);
      const r = await ctx.call('retry', task, 3, 50);
      ctx.expect(r.ok, 'whether retry resolved').toBe(false);
      ctx.expect(r.error?.message, 'the rejection message').toBe('failure 3');
      ctx.expect(task.calls.length, 'how many times task was called').toBe(3);
    },
  },
  {
    id: 'no-wait-after-last',
    title: 'Does not wait after the last failed attempt',
    concepts: ['async-js.event-loop'],
    async run(ctx) {
      const task = flaky(ctx, 10);
      const r = await ctx.call('retry', task, 3, 100);
      // The last call takes 10 ms; retry should settle as soon as it fails.
      const lastStart = starts(task.calls).at(-1) ?? 0;
      ctx.expect(r.elapsedMs - lastStart, 'ms between the last call starting and retry rejecting').toBe(10);
    },
  },
]);
