import { defineChecks } from '../../server/grader/checks.ts';

export default defineChecks([
  {
    id: 'resolves-with-task-value',
    title: 'Resolves with the task value as soon as a fast task finishes',
    concepts: ['async-js.promise-combinators'],
    async run({ call, fake, expect }) {
      const task = fake('task', () => ({ after: 50, value: 'report.pdf' }));
      const r = await call('withTimeout', task, 200);
      expect(r.error?.message, 'the error withTimeout rejected with (it should resolve)').toBeUndefined();
      expect(r.value, 'what withTimeout resolved with').toBe('report.pdf');
      expect(r.elapsedMs, 'ms until withTimeout resolved (the task takes 50)').toBe(50);
      expect(task.calls.length, 'how many times task was called').toBe(1);
    },
  },
  {
    id: 'rejects-after-ms',
    title: "Rejects with a TimeoutError 'timed out after 100 ms' when the task is too slow",
    concepts: ['async-js.promise-combinators', 'async-js.event-loop'],
    async run({ call, fake, expect }) {
      const task = fake('task', () => ({ after: 500, value: 'too late' }));
      const r = await call('withTimeout', task, 100);
      expect(r.ok, 'whether withTimeout resolved (it should reject)').toBe(false);
      expect(r.error?.message, 'the rejection message').toBe('timed out after 100 ms');
      expect(r.error?.name, 'the name of the error').toBe('TimeoutError');
      expect(r.elapsedMs, 'ms until withTimeout rejected').toBe(100);
    },
  },
  {
    id: 'passes-task-errors',
    title: "Rejects with the task's own error as soon as the task fails",
    concepts: ['async-js.error-handling'],
    async run({ call, fake, expect }) {
      const task = fake('task', () => ({ after: 30, error: 'connection reset' }));
      const r = await call('withTimeout', task, 100);
      expect(r.ok, 'whether withTimeout resolved (it should reject)').toBe(false);
      expect(r.error?.message, 'the rejection message').toBe('connection reset');
      expect(r.elapsedMs, 'ms until withTimeout rejected (the task fails after 30)').toBe(30);
    },
  },
  {
    id: 'clears-the-timer',
    title: 'Clears its timer when the task wins, leaving nothing waiting',
    concepts: ['async-js.event-loop'],
    async run({ call, fake, expect, clock }) {
      await clock.settle(60_000); // let anything left over from earlier checks finish first
      const task = fake('task', () => ({ after: 50, value: 'fast' }));
      const r = await call('withTimeout', task, 1000);
      expect(r.value, 'what withTimeout resolved with').toBe('fast');
      const settledAt = clock.now();
      await clock.settle(60_000);
      expect(clock.now() - settledAt, 'ms a timer kept the event loop waiting after withTimeout resolved').toBe(0);
    },
  },
  {
    id: 'late-failure-ignored',
    title: 'A task that fails after the timeout does not change the result',
    concepts: ['async-js.promises', 'async-js.error-handling'],
    async run({ call, fake, expect, clock }) {
      const task = fake('task', () => ({ after: 200, error: 'late failure' }));
      const r = await call('withTimeout', task, 100);
      expect(r.ok, 'whether withTimeout resolved (it should reject)').toBe(false);
      expect(r.error?.name, 'the name of the error').toBe('TimeoutError');
      // The task rejects later; nothing may treat that as an unhandled rejection.
      await clock.settle(1000);
    },
  },
]);
