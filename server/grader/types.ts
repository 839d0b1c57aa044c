// Shapes shared by the grader's host-side modules.
export interface SqlResult { rows: Array<Record<string, unknown>>; rowCount: number; fields?: Array<{ name: string }> }
/** Supplied by the SQL provisioning module: runs one query in this grading's database. */
export type SqlQuery = (text: string, params: unknown[]) => Promise<SqlResult>;

/** What a fake dependency does when the learner calls it: settle after delayMs of virtual time. */
export interface FakePlan { delayMs: number; value?: unknown; error?: { name?: string; message: string } }
