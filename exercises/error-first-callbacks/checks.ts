import { defineChecks, type CheckContext, type Fake } from '../../server/grader/checks.ts';

const NOTES: Record<string, string> = {
  shopping: 'milk, eggs',
  todo: 'call Sam',
};

/** The notes store: a callback-style readNote that answers after 20 ms of virtual time. */
function readNoteFake({ fake }: CheckContext) {
  return fake('readNote', (id) => {
    const text = NOTES[String(id)];
    if (text === undefined) return { after: 20, error: { name: 'Error', message: `no note called '${String(id)}'` } };
    return { after: 20, value: text };
  }, 'callback');
}

/** The learner's `done`: a plain function whose every call the check can read back. */
function doneFake({ fake }: CheckContext) {
  return fake('done', () => undefined, 'sync');
}

/** Each call to done as the learner would describe it: an error message, or no error and a result. */
function whatDoneGot(done: Fake) {
  return done.calls.map(({ args: [error, result] }) =>
    error == null ? { error: null, result } : { error: error instanceof Error ? error.message : error });
}

/**
 * Callback-style functions return before their work is done, so the check calls one,
 * makes sure it did not throw, then lets the virtual clock run until nothing is left to do.
 */
async function callAndWait(ctx: CheckContext, name: string, ...args: unknown[]): Promise<number> {
  const startedAt = ctx.clock.now();
  const r = await ctx.call(name, ...args);
  ctx.expect(r.error?.message, `the error ${name} threw`).toBeUndefined();
  await ctx.clock.settle();
  return startedAt;
}

export default defineChecks([
  {
    id: 'passes-note-on',
    title: "loadNote calls done(null, { id, text }) once readNote has answered",
    concepts: ['async-js.callbacks'],
    async run(ctx) {
      const readNote = readNoteFake(ctx);
      const done = doneFake(ctx);
      await callAndWait(ctx, 'loadNote', 'shopping', readNote, done);
      ctx.expect(readNote.calls.map((c) => c.args), 'the ids readNote was asked for').toEqual([['shopping']]);
      ctx.expect(whatDoneGot(done), 'the calls to done').toEqual([{ error: null, result: { id: 'shopping', text: 'milk, eggs' } }]);
    },
  },
  {
    id: 'passes-error-on',
    title: 'loadNote calls done with the error readNote calls back with',
    concepts: ['async-js.callbacks'],
    async run(ctx) {
      const done = doneFake(ctx);
      await callAndWait(ctx, 'loadNote', 'birthdays', readNoteFake(ctx), done);
      // Only the first call matters here; calling done twice has its own check.
      ctx.expect(whatDoneGot(done)[0], 'the first call to done').toEqual({ error: "no note called 'birthdays'" });
    },
  },
  {
    id: 'calls-back-once',
    title: 'loadNote calls done exactly once when the read fails',
    concepts: ['async-js.callbacks'],
    async run(ctx) {
      const done = doneFake(ctx);
      await callAndWait(ctx, 'loadNote', 'birthdays', readNoteFake(ctx), done);
      ctx.expect(done.calls.length, 'how many times done was called').toBe(1);
    },
  },
  {
    id: 'reads-one-after-another',
    title: 'loadBoth starts the second read only after the first has answered',
    concepts: ['async-js.callbacks'],
    async run(ctx) {
      const readNote = readNoteFake(ctx);
      const done = doneFake(ctx);
      const startedAt = await callAndWait(ctx, 'loadBoth', 'shopping', 'todo', readNote, done);
      ctx.expect(readNote.calls.map((c) => c.args), 'the ids readNote was asked for').toEqual([['shopping'], ['todo']]);
      ctx.expect(readNote.calls.map((c) => c.at - startedAt), 'when each read started (ms; a read takes 20 ms)').toEqual([0, 20]);
      ctx.expect(whatDoneGot(done), 'the calls to done').toEqual([{ error: null, result: ['milk, eggs', 'call Sam'] }]);
    },
  },
  {
    id: 'stops-at-first-error',
    title: 'loadBoth calls done once with the error as soon as a read fails, and reads nothing more',
    concepts: ['async-js.callbacks'],
    async run(ctx) {
      const firstFails = readNoteFake(ctx);
      const done = doneFake(ctx);
      await callAndWait(ctx, 'loadBoth', 'birthdays', 'todo', firstFails, done);
      ctx.expect(firstFails.calls.map((c) => c.args), "the ids readNote was asked for (the first one doesn't exist)").toEqual([['birthdays']]);
      ctx.expect(whatDoneGot(done), 'the calls to done').toEqual([{ error: "no note called 'birthdays'" }]);

      const secondFails = readNoteFake(ctx);
      const doneAgain = doneFake(ctx);
      await callAndWait(ctx, 'loadBoth', 'todo', 'birthdays', secondFails, doneAgain);
      ctx.expect(whatDoneGot(doneAgain), 'the calls to done when only the second read fails').toEqual([{ error: "no note called 'birthdays'" }]);
    },
  },
  {
    id: 'delay-resolves-later',
    title: "delay(50, 'ping') returns a promise that resolves with 'ping' after 50 ms",
    concepts: ['async-js.promises'],
    async run({ call, expect }) {
      const r = await call('delay', 50, 'ping');
      expect(r.error?.message, 'the error delay threw or rejected with').toBeUndefined();
      expect(r.value, 'what delay resolved with').toBe('ping');
      expect(r.elapsedMs, 'ms until delay resolved').toBe(50);
    },
  },
]);
