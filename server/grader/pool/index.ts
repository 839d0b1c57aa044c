export { createGraderPool } from './pool.ts';
export { serveJobs } from './serve.ts';
export { PoolClosedError, QueueFullError, WorkerStartError } from './types.ts';
export type {
  GraderPool,
  GraderPoolOptions,
  GraderPoolStats,
  JobFailureReason,
  JobResult,
  Json,
  RunOptions,
} from './types.ts';
