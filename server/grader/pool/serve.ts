import type { FromWorker, Json, ToWorker } from './types.ts';

/**
 * Worker side of the pool: call once, after any warm-up, from the worker module.
 * Reports 'ready' so the parent only dispatches to booted processes, then runs every job
 * the pool sends (the pool decides how many at once). A handler that throws, or returns
 * something JSON cannot carry, becomes a failed result; the loop itself never dies of it.
 */
export function serveJobs(handler: (job: Json) => unknown, options: { retireAfter?: (value: unknown) => boolean } = {}): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('serveJobs() must run in a process started by the grader pool (no IPC channel)');

  // Left-over promises of a finished job must not crash the next one; they are logged
  // for the parent's crash detail instead.
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`grader worker: unhandled rejection: ${describe(reason)}\n`);
  });
  // The parent going away must not leave an orphan holding isolates and a database.
  process.on('disconnect', () => process.exit(0));

  process.on('message', (raw: unknown) => {
    const message = raw as ToWorker;
    if (message?.type !== 'job' || typeof message.id !== 'number') return;
    void runOne(message, handler, send, options.retireAfter);
  });
  send({ type: 'ready' } satisfies FromWorker);
}

async function runOne(message: ToWorker, handler: (job: Json) => unknown, send: NonNullable<typeof process.send>, retireAfter?: (value: unknown) => boolean) {
  let reply: FromWorker;
  try {
    const value = await handler(message.job);
    // Round-trip here so a non-JSON value fails this job, not the channel.
    const plain = (value === undefined ? null : JSON.parse(JSON.stringify(value))) as Json;
    reply = { type: 'result', id: message.id, ok: true, value: plain };
    // Asks the pool to replace this process once the result is in (the pool then sends it no more jobs).
    if (retireAfter?.(value)) reply.retire = true;
  } catch (error) {
    reply = { type: 'result', id: message.id, ok: false, detail: describe(error) };
  }
  // With a callback, a channel closed meanwhile (parent gone) is not an uncaught 'error'.
  send(reply, undefined, {}, () => undefined);
}

function describe(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return String(error);
  } catch {
    return 'unprintable error';
  }
}
