import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readRssBytes } from './rss.ts';
import {
  PoolClosedError,
  QueueFullError,
  WorkerStartError,
  type FromWorker,
  type GraderPool,
  type GraderPoolOptions,
  type GraderPoolStats,
  type JobFailureReason,
  type JobResult,
  type Json,
  type RunOptions,
  type ToWorker,
} from './types.ts';

interface Task {
  job: Json;
  deadlineMs: number;
  settle(outcome: { result: JobResult } | { error: unknown }): void;
  signal: AbortSignal | undefined;
  /**
   * Set when the task's worker died while it shared the process with other jobs: nobody knows
   * whose job killed it, so each gets one more run, alone in a worker, where a culprit can only
   * fail itself.
   */
  alone?: boolean;
}

interface Running {
  id: number;
  task: Task;
  startedAt: number;
  timers: NodeJS.Timeout[];
}

type State = 'booting' | 'ready' | 'retiring' | 'dying';

interface Worker {
  child: ChildProcess;
  state: State;
  /** Said 'ready' once: dying before that counts as a boot failure. */
  ready: boolean;
  jobs: number;
  running: Map<number, Running>;
  stderrTail: string;
  lastRss: number;
  bootTimer: NodeJS.Timeout | undefined;
  /** When it was last given a job (a dispatch counter), to rotate among equally loaded workers. */
  lastDispatch: number;
  /** Reads RSS while the worker has jobs. */
  sampler: NodeJS.Timeout | undefined;
  exited: Promise<void>;
}

const STDERR_TAIL = 2048;
const MAX_BOOT_FAILURES = 3;

export function createGraderPool(options: GraderPoolOptions): GraderPool {
  const script = options.workerScript instanceof URL ? fileURLToPath(options.workerScript) : options.workerScript;
  const size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const capacity = size * concurrency;
  const spares = Math.max(0, Math.floor(options.spares ?? 1));
  const maxQueue = Math.max(0, Math.floor(options.maxQueue ?? capacity * 8));
  const deadlineMs = options.deadlineMs ?? 10_000;
  const rssLimit = options.rssLimitBytes ?? 768 * 1024 * 1024;
  const rssSampleMs = options.rssSampleMs ?? 25;
  const recycleAfter = Math.max(1, options.recycleAfterJobs ?? 200);
  const bootTimeoutMs = options.bootTimeoutMs ?? 30_000;
  const execArgv = ['--no-node-snapshot', ...(options.execArgv ?? [])];

  const workers = new Set<Worker>();
  const queue: Task[] = [];
  let closed = false;
  let nextId = 0;
  let bootFailures = 0;
  let respawnTimer: NodeJS.Timeout | undefined;
  // Seeds the Retry-After estimate before any job has finished.
  let averageJobMs = Math.min(deadlineMs, 1000);
  const counts = { completed: 0, spawned: 0, recycled: 0, requeued: 0 };
  const failed: Record<JobFailureReason, number> = { deadline: 0, crashed: 0, 'rss-limit': 0, error: 0 };

  const inState = (...states: State[]) => [...workers].filter((w) => states.includes(w.state));
  const isAlone = (w: Worker) => [...w.running.values()].some((r) => r.task.alone);
  // A worker being killed still holds its CPU until it is gone, so it keeps all its slots.
  const slotsInUse = () => [...workers].reduce((n, w) => n + (w.state === 'dying' ? concurrency : w.running.size), 0);
  const hasRoomFor = (w: Worker, task: Task) =>
    w.state === 'ready' && !isAlone(w) && (task.alone ? w.running.size === 0 : w.running.size < concurrency);

  function spawn(): void {
    const child = fork(script, [], {
      execArgv,
      env: options.env ?? process.env,
      serialization: 'json',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    counts.spawned++;
    let markExited!: () => void;
    const worker: Worker = {
      child,
      state: 'booting',
      ready: false,
      jobs: 0,
      running: new Map(),
      lastDispatch: 0,
      stderrTail: '',
      lastRss: 0,
      bootTimer: undefined,
      sampler: undefined,
      exited: new Promise((resolve) => (markExited = resolve)),
    };
    workers.add(worker);
    worker.bootTimer = setTimeout(() => kill(worker, 'worker did not become ready in time'), bootTimeoutMs);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      worker.stderrTail = (worker.stderrTail + chunk).slice(-STDERR_TAIL);
    });
    child.on('message', (message: unknown) => onMessage(worker, message as FromWorker));
    child.on('error', () => {
      // Spawn failures emit 'error' and never 'exit'.
      if (child.pid === undefined) gone(worker, markExited, 'could not start worker process');
    });
    child.on('exit', (code, signal) => gone(worker, markExited, signal ? `signal ${signal}` : `exit code ${code}`));
  }

  function onMessage(worker: Worker, message: FromWorker): void {
    if (message?.type === 'ready' && worker.state === 'booting') {
      clearTimeout(worker.bootTimer);
      worker.state = 'ready';
      worker.ready = true;
      bootFailures = 0;
      replenish();
      pump();
      return;
    }
    if (message?.type !== 'result' || (worker.state !== 'ready' && worker.state !== 'retiring')) return;
    const running = worker.running.get(message.id);
    if (!running) return;
    finishRunning(worker, running);
    averageJobMs = averageJobMs * 0.8 + (Date.now() - running.startedAt) * 0.2;
    worker.jobs++;
    if (message.ok) {
      counts.completed++;
      running.task.settle({ result: { ok: true, value: message.value } });
    } else {
      failed.error++;
      running.task.settle({ result: { ok: false, reason: 'error', detail: String(message.detail) } });
    }
    // Memory is not all given back after a job, so a worker near its cap retires early.
    // A worker may also ask to go (after a grading that hit a memory limit, say).
    if (worker.state === 'ready' && (worker.jobs >= recycleAfter || worker.lastRss > rssLimit * 0.8 || message.retire === true)) retire(worker);
    if (worker.state === 'retiring' && worker.running.size === 0) disconnect(worker);
    pump();
  }

  function finishRunning(worker: Worker, running: Running): void {
    for (const timer of running.timers) clearTimeout(timer);
    worker.running.delete(running.id);
    if (worker.running.size === 0) {
      clearInterval(worker.sampler);
      worker.sampler = undefined;
    }
  }

  /**
   * Ends a worker now. `culprit` (a job past its deadline) fails with `reason`. The others
   * had done nothing wrong that anyone knows of: a job that shared the worker runs again,
   * alone; one that was already alone fails with `reason` (or rejects with `error`).
   */
  function kill(worker: Worker, detail: string, reason?: JobFailureReason, error?: unknown, culprit?: Running): void {
    if (worker.state === 'dying') return;
    const running = [...worker.running.values()];
    for (const r of running) finishRunning(worker, r);
    worker.state = 'dying';
    clearTimeout(worker.bootTimer);
    worker.child.kill('SIGKILL');
    settleVictims(running, detail, reason, error, culprit);
    replenish();
  }

  function settleVictims(running: Running[], detail: string, reason: JobFailureReason | undefined, error: unknown, culprit?: Running): void {
    const shared = running.length > 1;
    const again: Task[] = [];
    for (const r of running) {
      if (r !== culprit && shared && !r.task.alone && !closed) {
        r.task.alone = true;
        counts.requeued++;
        again.push(r.task);
      } else if (error !== undefined) r.task.settle({ error });
      else if (reason) {
        failed[reason]++;
        r.task.settle({ result: { ok: false, reason, detail } });
      }
    }
    queue.unshift(...again);
  }

  /** No new jobs; the worker leaves once its running jobs are done. */
  function retire(worker: Worker): void {
    worker.state = 'retiring';
    counts.recycled++;
    replenish();
  }

  /** Graceful: the worker is idle; disconnecting makes serveJobs exit it. */
  function disconnect(worker: Worker): void {
    try {
      worker.child.disconnect();
    } catch {
      // Already disconnected: the exit handler finishes the job.
    }
    setTimeout(() => worker.child.kill('SIGKILL'), 2000).unref();
  }

  function gone(worker: Worker, markExited: () => void, how: string): void {
    if (!workers.delete(worker)) return;
    clearTimeout(worker.bootTimer);
    markExited();
    const running = [...worker.running.values()];
    for (const r of running) finishRunning(worker, r);
    if (running.length) {
      const tail = worker.stderrTail.trim().split('\n').slice(-5).join('\n');
      settleVictims(running, `worker died (${how})${tail ? `: ${tail}` : ''}`, 'crashed', undefined);
    }
    if (!worker.ready && !closed) onBootFailure(`${how}${worker.stderrTail ? `: ${worker.stderrTail.trim()}` : ''}`);
    if (!closed) {
      replenish();
      pump();
    }
  }

  function onBootFailure(detail: string): void {
    bootFailures++;
    if (bootFailures >= MAX_BOOT_FAILURES && inState('ready').length === 0) {
      const error = new WorkerStartError(`grader workers fail to start (${bootFailures} times in a row): ${detail}`);
      for (const task of queue.splice(0)) task.settle({ error });
    }
  }

  function replenish(): void {
    if (closed || respawnTimer) return;
    const missing = size + spares - inState('booting', 'ready').length;
    if (missing <= 0) return;
    // A broken worker script must not turn into a fork bomb.
    const delay = bootFailures === 0 ? 0 : Math.min(100 * 2 ** (bootFailures - 1), 5000);
    if (delay === 0) {
      for (let i = 0; i < missing; i++) spawn();
      return;
    }
    respawnTimer = setTimeout(() => {
      respawnTimer = undefined;
      if (!closed && inState('booting', 'ready').length < size + spares) spawn();
    }, delay);
  }

  function pump(): void {
    while (!closed && queue.length > 0) {
      const task = queue[0]!;
      // An alone task waits for a whole worker; it takes the slots it leaves unused.
      const need = task.alone ? concurrency : 1;
      if (slotsInUse() + need > capacity) return;
      // The least loaded worker, so jobs spread over processes (and cores); among equals, the
      // one idle longest, which has had time to prepare for the next job (a warm isolate).
      const worker = inState('ready').filter((w) => hasRoomFor(w, task))
        .sort((a, b) => a.running.size - b.running.size || a.lastDispatch - b.lastDispatch)[0];
      if (!worker) return;
      queue.shift();
      dispatch(worker, task);
    }
  }

  function dispatch(worker: Worker, task: Task): void {
    const id = ++nextId;
    const running: Running = { id, task, startedAt: Date.now(), timers: [] };
    worker.lastDispatch = id;
    running.timers.push(setTimeout(() => kill(worker, `no result within ${task.deadlineMs} ms`, 'deadline', undefined, running), task.deadlineMs));
    worker.running.set(id, running);
    worker.sampler ??= startSampler(worker);
    const message: ToWorker = { type: 'job', id, job: task.job };
    worker.child.send(message, (error) => {
      if (error && worker.running.get(id) === running) kill(worker, `could not send job: ${error.message}`, 'crashed');
    });
  }

  /** Reads a busy worker's RSS; over the cap, the worker dies and its jobs are settled as for a crash. */
  function startSampler(worker: Worker): NodeJS.Timeout {
    let sampling = false;
    return setInterval(() => {
      if (sampling || !worker.child.pid) return;
      sampling = true;
      void readRssBytes(worker.child.pid).then((rss) => {
        sampling = false;
        if (rss === undefined || worker.running.size === 0) return;
        worker.lastRss = rss;
        if (rss > rssLimit) kill(worker, `worker RSS ${mb(rss)} MB over the ${mb(rssLimit)} MB cap`, 'rss-limit');
      });
    }, rssSampleMs);
  }

  function run<T>(job: Json, runOptions: RunOptions = {}): Promise<JobResult<T>> {
    const { signal } = runOptions;
    if (closed) return Promise.reject(new PoolClosedError());
    if (signal?.aborted) return Promise.reject(signal.reason);
    const canStartNow = queue.length === 0 && slotsInUse() < capacity && inState('ready').some((w) => w.running.size < concurrency && !isAlone(w));
    if (!canStartNow && queue.length >= maxQueue) return Promise.reject(new QueueFullError(retryAfterSeconds()));
    return new Promise<JobResult<T>>((resolve, reject) => {
      let settled = false;
      const task: Task = {
        job,
        deadlineMs: runOptions.deadlineMs ?? deadlineMs,
        signal,
        settle(outcome) {
          if (settled) return;
          settled = true;
          signal?.removeEventListener('abort', onAbort);
          if ('result' in outcome) resolve(outcome.result as JobResult<T>);
          else reject(outcome.error);
        },
      };
      const onAbort = () => {
        const queued = queue.indexOf(task);
        if (queued >= 0) {
          queue.splice(queued, 1);
          task.settle({ error: signal!.reason });
          return;
        }
        // Running jobs cannot be interrupted inside the worker, only with the worker; jobs
        // sharing it run again elsewhere.
        for (const worker of workers) {
          const running = [...worker.running.values()].find((r) => r.task === task);
          if (running) {
            task.settle({ error: signal!.reason });
            kill(worker, 'aborted', undefined, signal!.reason, running);
            pump();
            return;
          }
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(task);
      pump();
    });
  }

  function retryAfterSeconds(): number {
    const ahead = queue.length + slotsInUse();
    return Math.min(120, Math.max(1, Math.ceil((ahead * averageJobMs) / capacity / 1000)));
  }

  function stats(): GraderPoolStats {
    const live = inState('ready', 'retiring');
    return {
      size,
      concurrency,
      processes: workers.size,
      booting: inState('booting').length,
      idle: inState('ready').filter((w) => w.running.size === 0).length,
      busy: live.filter((w) => w.running.size > 0).length,
      running: live.reduce((n, w) => n + w.running.size, 0),
      queued: queue.length,
      completed: counts.completed,
      failed: { ...failed },
      requeued: counts.requeued,
      spawned: counts.spawned,
      recycled: counts.recycled,
    };
  }

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    clearTimeout(respawnTimer);
    const error = new PoolClosedError();
    for (const task of queue.splice(0)) task.settle({ error });
    const exits = [...workers].map((worker) => {
      kill(worker, 'pool closed', undefined, error);
      return worker.exited;
    });
    await Promise.all(exits);
  }

  replenish();
  return { run, stats, close };
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
