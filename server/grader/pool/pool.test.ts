import { afterEach, describe, expect, it } from 'vitest';
import { createGraderPool } from './pool.ts';
import { PoolClosedError, QueueFullError, WorkerStartError, type GraderPool, type GraderPoolOptions, type JobResult } from './types.ts';

const testWorker = new URL('./fixtures/test-worker.ts', import.meta.url);
const MiB = 1024 * 1024;

let pools: GraderPool[] = [];
function pool(options: Partial<GraderPoolOptions> = {}): GraderPool {
  const created = createGraderPool({ workerScript: testWorker, size: 1, spares: 0, deadlineMs: 5000, ...options });
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

type Echo = { pid: number; value: unknown };
const value = <T>(result: JobResult<T>): T => {
  if (!result.ok) throw new Error(`job failed: ${result.reason}: ${result.detail}`);
  return result.value;
};

describe('grader pool', () => {
  it('runs a job in a worker process and returns its plain result', async () => {
    const p = pool();
    const result = await p.run<Echo>({ op: 'echo', value: { a: [1, 'two', null] } });
    expect(value(result).value).toEqual({ a: [1, 'two', null] });
    expect(value(result).pid).not.toBe(process.pid);
    expect(p.stats()).toMatchObject({ completed: 1, busy: 0, queued: 0 });
  });

  it('turns a throwing handler or a non-JSON result into an error result and keeps the worker', async () => {
    const p = pool();
    const before = value(await p.run<Echo>({ op: 'echo' })).pid;
    expect(await p.run({ op: 'throw' })).toEqual({ ok: false, reason: 'error', detail: 'Error: handler blew up' });
    const bigint = await p.run({ op: 'bigint' });
    expect(bigint).toMatchObject({ ok: false, reason: 'error' });
    expect(value(await p.run<Echo>({ op: 'echo' })).pid).toBe(before);
  });

  it('kills a worker stuck in a sync loop at the deadline, respawns it, and the parent keeps ticking', async () => {
    const p = pool({ spares: 1 });
    await waitFor(() => p.stats().idle === 2);
    const pidsBefore = new Set([value(await p.run<Echo>({ op: 'echo' })).pid, value(await p.run<Echo>({ op: 'echo' })).pid]);
    expect(pidsBefore.size).toBe(2);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = Date.now();
    const result = await p.run({ op: 'spin' }, { deadlineMs: 1000 });
    clearInterval(ticker);
    expect(result).toEqual({ ok: false, reason: 'deadline', detail: 'no result within 1000 ms' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    // 100 ticks would be perfect; a blocked parent would manage about 1.
    expect(ticks).toBeGreaterThan(30);
    await waitFor(() => p.stats().idle === 2);
    // One of the two was killed and replaced: the next two jobs run on one old and one new process.
    const pidsAfter = new Set([value(await p.run<Echo>({ op: 'echo' })).pid, value(await p.run<Echo>({ op: 'echo' })).pid]);
    expect([...pidsAfter].filter((pid) => pidsBefore.has(pid))).toHaveLength(1);
    expect(p.stats()).toMatchObject({ spawned: 3, failed: { deadline: 1 } });
  });

  it('kills a worker past the RSS cap', async () => {
    const p = pool({ rssLimitBytes: 256 * MiB, deadlineMs: 20_000 });
    const result = await p.run({ op: 'alloc' });
    expect(result).toMatchObject({ ok: false, reason: 'rss-limit' });
    expect(!result.ok && result.detail).toMatch(/^worker RSS \d+ MB over the 256 MB cap$/);
    expect(value(await p.run<Echo>({ op: 'echo', value: 1 })).value).toBe(1);
  });

  it('isolates crashes: abort and exit fail only their own jobs', async () => {
    const p = pool({ size: 2, spares: 1, maxQueue: 20 });
    const jobs = [{ op: 'echo' }, { op: 'abort' }, { op: 'echo' }, { op: 'exit' }, { op: 'echo' }, { op: 'echo' }];
    const results = await Promise.all(jobs.map((job) => p.run(job)));
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    expect(results[1]).toMatchObject({ ok: false, reason: 'crashed' });
    expect(!results[1]!.ok && results[1]!.detail).toMatch(/^worker died \(signal SIGABRT\)/);
    expect(results[3]).toEqual({ ok: false, reason: 'crashed', detail: 'worker died (exit code 3)' });
    expect(p.stats().failed.crashed).toBe(2);
    await waitFor(() => p.stats().idle === 3);
  });

  it('refuses work when the queue is full, with a Retry-After estimate', async () => {
    const p = pool({ maxQueue: 2 });
    await p.run({ op: 'echo' });
    const accepted = [p.run({ op: 'sleep', ms: 300 }), p.run({ op: 'echo' }), p.run({ op: 'echo' })];
    const refused = p.run({ op: 'echo' });
    await expect(refused).rejects.toBeInstanceOf(QueueFullError);
    const error = (await refused.catch((e: unknown) => e)) as QueueFullError;
    expect(Number.isInteger(error.retryAfterSeconds)).toBe(true);
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((await Promise.all(accepted)).every((r) => r.ok)).toBe(true);
    expect((await p.run({ op: 'echo' })).ok).toBe(true);
  });

  it('recycles a worker after N jobs, handing over to a warm spare', async () => {
    const p = pool({ spares: 1, recycleAfterJobs: 3 });
    await waitFor(() => p.stats().idle === 2);
    const pids: number[] = [];
    for (let i = 0; i < 7; i++) {
      pids.push(value(await p.run<Echo>({ op: 'echo' })).pid);
      // The job after a recycle finds the spare already idle, never a booting process.
      expect(p.stats().idle).toBeGreaterThanOrEqual(1);
      await waitFor(() => p.stats().idle === 2);
    }
    const uses = new Map<number, number>();
    for (const pid of pids) uses.set(pid, (uses.get(pid) ?? 0) + 1);
    expect([...uses.values()].sort()).toEqual([1, 3, 3]);
    expect(p.stats().recycled).toBe(2);
  });

  it('retires a worker that asks to go with its result, and sends it no more jobs', async () => {
    const p = pool({ spares: 1, recycleAfterJobs: 100 });
    await waitFor(() => p.stats().idle === 2);
    const first = value(await p.run<Echo>({ op: 'retire' })).pid;
    expect(p.stats().recycled).toBe(1);
    for (let i = 0; i < 4; i++) expect(value(await p.run<Echo>({ op: 'echo' })).pid).not.toBe(first);
    await waitFor(() => p.stats().idle === 2);
  });

  it('never runs more than `size` jobs at once', async () => {
    const p = pool({ size: 2, spares: 1, maxQueue: 20 });
    await waitFor(() => p.stats().idle === 3);
    let maxBusy = 0;
    const watcher = setInterval(() => (maxBusy = Math.max(maxBusy, p.stats().busy)), 5);
    const results = await Promise.all(Array.from({ length: 8 }, () => p.run<{ start: number; end: number }>({ op: 'sleep', ms: 150 })));
    clearInterval(watcher);
    const spans = results.map(value);
    const overlapAt = (t: number) => spans.filter((s) => s.start <= t && t < s.end).length;
    const maxOverlap = Math.max(...spans.map((s) => overlapAt(s.start)));
    expect(maxOverlap).toBe(2);
    expect(maxBusy).toBe(2);
  });

  it('aborts a queued job without running it, and a running job by killing its worker', async () => {
    const p = pool();
    const first = value(await p.run<Echo>({ op: 'echo' })).pid;
    const running = new AbortController();
    const queued = new AbortController();
    const a = p.run({ op: 'spin' }, { signal: running.signal, deadlineMs: 20_000 });
    const b = p.run({ op: 'echo' }, { signal: queued.signal });
    queued.abort(new Error('queued gone'));
    await expect(b).rejects.toThrow('queued gone');
    running.abort(new Error('running gone'));
    await expect(a).rejects.toThrow('running gone');
    expect(value(await p.run<Echo>({ op: 'echo' })).pid).not.toBe(first);
  });

  it('close() kills workers and rejects running and queued jobs', async () => {
    const p = pool();
    await p.run({ op: 'echo' });
    const running = p.run({ op: 'spin' }).catch((e: unknown) => e);
    const queued = p.run({ op: 'echo' }).catch((e: unknown) => e);
    await p.close();
    expect(await running).toBeInstanceOf(PoolClosedError);
    expect(await queued).toBeInstanceOf(PoolClosedError);
    await expect(p.run({ op: 'echo' })).rejects.toBeInstanceOf(PoolClosedError);
    expect(p.stats().processes).toBe(0);
  });

  it('gives up on a worker script that cannot start', async () => {
    const p = pool({ workerScript: new URL('./fixtures/broken-worker.ts', import.meta.url) });
    const error = await p.run({ op: 'echo' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerStartError);
    expect((error as Error).message).toContain('broken worker script');
  });

  describe('with several jobs per worker', () => {
    it('runs up to size × concurrency jobs at once, spread over the workers', async () => {
      const p = pool({ size: 2, concurrency: 3, spares: 0, maxQueue: 20 });
      await waitFor(() => p.stats().idle === 2);
      let maxRunning = 0;
      const watcher = setInterval(() => (maxRunning = Math.max(maxRunning, p.stats().running)), 5);
      const results = (await Promise.all(Array.from({ length: 12 }, () => p.run<{ pid: number; start: number; end: number }>({ op: 'sleep', ms: 200 })))).map(value);
      clearInterval(watcher);
      const overlapAt = (t: number) => results.filter((s) => s.start <= t && t < s.end).length;
      expect(Math.max(...results.map((s) => overlapAt(s.start)))).toBe(6);
      expect(maxRunning).toBe(6);
      expect(new Set(results.map((r) => r.pid)).size).toBe(2);
    });

    it('fails the job past its deadline and runs the jobs that shared its worker again, alone', async () => {
      const p = pool({ size: 1, concurrency: 2 });
      await waitFor(() => p.stats().idle === 1);
      const innocent = p.run<{ pid: number }>({ op: 'sleep', ms: 300 });
      const spin = p.run({ op: 'spin' }, { deadlineMs: 1000 });
      expect(await spin).toEqual({ ok: false, reason: 'deadline', detail: 'no result within 1000 ms' });
      // The spin blocked the worker's thread, so the innocent sleep could not answer there.
      expect((await innocent).ok).toBe(true);
      expect(p.stats()).toMatchObject({ requeued: 1, failed: { deadline: 1, crashed: 0 } });
    });

    it('after a crash, retries each job that shared the worker alone: only the culprit fails', async () => {
      const p = pool({ size: 1, concurrency: 3, maxQueue: 20 });
      await waitFor(() => p.stats().idle === 1);
      const jobs = [p.run({ op: 'sleep', ms: 400 }), p.run({ op: 'sleep', ms: 400 }), p.run({ op: 'abort' })];
      const [a, b, culprit] = await Promise.all(jobs);
      expect(a!.ok && b!.ok).toBe(true);
      expect(culprit).toMatchObject({ ok: false, reason: 'crashed' });
      expect(!culprit!.ok && culprit!.detail).toMatch(/^worker died \(signal SIGABRT\)/);
      // The abort killed the shared worker; all three ran again alone, and the culprit killed a second one.
      expect(p.stats()).toMatchObject({ requeued: 3, failed: { crashed: 1 } });
      expect(value(await p.run<Echo>({ op: 'echo', value: 'after' })).value).toBe('after');
    });

    it('retires a worker that asks to go only after its other jobs are done', async () => {
      const p = pool({ size: 1, concurrency: 2, recycleAfterJobs: 100 });
      await waitFor(() => p.stats().idle === 1);
      const slow = p.run<{ pid: number }>({ op: 'sleep', ms: 300 });
      await waitFor(() => p.stats().running === 1);
      const retiring = value(await p.run<Echo>({ op: 'retire' })).pid;
      expect(value(await slow).pid).toBe(retiring);
      for (let i = 0; i < 3; i++) expect(value(await p.run<Echo>({ op: 'echo' })).pid).not.toBe(retiring);
      expect(p.stats().failed.crashed).toBe(0);
    });
  });

  it('survives a fatal out-of-memory inside an isolated-vm isolate', async () => {
    const p = pool({ rssLimitBytes: 512 * MiB, deadlineMs: 30_000 });
    const result = await p.run({ op: 'ivm-oom' });
    console.info('ivm out-of-memory outcome:', result);
    expect(result.ok).toBe(false);
    expect(['crashed', 'rss-limit']).toContain(!result.ok && result.reason);
    expect(value(await p.run<Echo>({ op: 'echo', value: 'after' })).value).toBe('after');
  }, 40_000);
});
