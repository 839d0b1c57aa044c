/** Plain JSON data: the only thing that crosses the IPC channel in either direction. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Why a job produced no value. 'error' means the worker's handler threw (a grader bug, not the learner's). */
export type JobFailureReason = 'deadline' | 'crashed' | 'rss-limit' | 'error';

export type JobResult<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; reason: JobFailureReason; detail: string };

export interface GraderPoolOptions {
  /** Path or file URL of a .ts/.js module that calls `serveJobs(handler)`. */
  workerScript: string | URL;
  /** Worker processes that take jobs. Default: available parallelism, at least 1. */
  size?: number;
  /**
   * Jobs one worker runs at once (default 1). Worth it when a job mostly waits on threads
   * other than the worker's main one (isolated-vm isolates): processes then cost their base
   * memory once for many jobs. A worker that dies takes all its jobs; those that shared it
   * run once more, alone.
   */
  concurrency?: number;
  /** Booted processes kept beyond `size`, so a killed or recycled worker is replaced without a boot wait. Default 1. */
  spares?: number;
  /** Jobs waiting for a worker; past it `run` rejects with QueueFullError. Default size * concurrency * 8. */
  maxQueue?: number;
  /** Wall time per job, from dispatch to result. Default 10 000 ms. */
  deadlineMs?: number;
  /** Resident set size cap per worker process, in bytes. Default 768 MiB (PGlite alone takes ~500 MB). */
  rssLimitBytes?: number;
  /** How often a busy worker's RSS is read from /proc. Default 25 ms. */
  rssSampleMs?: number;
  /** A worker is replaced after this many jobs. Default 200. */
  recycleAfterJobs?: number;
  /** A worker that has not said 'ready' by then is killed. Default 30 000 ms. */
  bootTimeoutMs?: number;
  /** Extra Node flags for workers; `--no-node-snapshot` is always added (isolated-vm needs it). */
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Tightens (or loosens) the pool's deadline for this job. */
  deadlineMs?: number;
}

export interface GraderPoolStats {
  size: number;
  concurrency: number;
  processes: number;
  booting: number;
  /** Ready workers with no job. */
  idle: number;
  /** Workers with at least one job. */
  busy: number;
  /** Jobs in flight. */
  running: number;
  queued: number;
  completed: number;
  failed: Record<JobFailureReason, number>;
  /** Jobs run again because a worker they shared with others died. */
  requeued: number;
  spawned: number;
  recycled: number;
}

export interface GraderPool {
  run<T = unknown>(job: Json, options?: RunOptions): Promise<JobResult<T>>;
  stats(): GraderPoolStats;
  close(): Promise<void>;
}

/** The queue is full: answer 429 with `Retry-After: retryAfterSeconds`. */
export class QueueFullError extends Error {
  override readonly name = 'QueueFullError';
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(`grading queue is full; retry in about ${retryAfterSeconds} s`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class PoolClosedError extends Error {
  override readonly name = 'PoolClosedError';
  constructor() {
    super('grader pool is closed');
  }
}

/** Workers keep dying before they are ready: the worker script itself is broken. */
export class WorkerStartError extends Error {
  override readonly name = 'WorkerStartError';
}

/** Messages on the IPC channel. Parent → worker: */
export type ToWorker = { type: 'job'; id: number; job: Json };
/** Worker → parent: */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; ok: true; value: Json; retire?: boolean }
  | { type: 'result'; id: number; ok: false; detail: string; retire?: boolean };
