import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { acquire, discardEngine, engine, LEARNER_ROLE } from './engine.ts';
import { leadingKeyword, refuseStatement } from './guard.ts';
import { SqlQueryError, toErrorData, toPlain, type PlainValue } from './values.ts';

export interface QueryResult {
  rows: Record<string, PlainValue>[];
  rowCount: number;
  fields: { name: string; dataTypeID: number }[];
}

export interface GradingDatabase {
  /** node-postgres style; rejects with SqlQueryError (plain `data`) on any database error. */
  query(text: string, params?: unknown[]): Promise<QueryResult>;
  /** Drops everything the grading created. Safe to call twice; never rejects. */
  close(): Promise<void>;
}

// Statements that cannot change the session's role, so they skip the after-check.
const PLAIN_DML = new Set(['select', 'insert', 'update', 'delete', 'with', 'values', 'table', 'merge']);

/**
 * A fresh schema, seeded from `fixturesSql` as the learner role, on this process's PGlite.
 * Waits for the previous grading in this process to close. Fixture SQL is trusted (it may
 * create functions); learners' SQL is not.
 */
export async function openGradingDatabase(fixturesSql: string): Promise<GradingDatabase> {
  const release = await acquire();
  let db: PGlite;
  try {
    db = await engine();
  } catch (error) {
    release();
    throw error;
  }
  const schema = `g_${randomBytes(8).toString('hex')}`;
  try {
    await db.exec(`CREATE SCHEMA ${schema} AUTHORIZATION ${LEARNER_ROLE}`);
    const needsLanguages = /\b(function|procedure|do)\b/i.test(fixturesSql);
    if (needsLanguages) await db.exec(`GRANT USAGE ON LANGUAGE plpgsql, sql TO ${LEARNER_ROLE}`);
    await db.exec(`SET ROLE ${LEARNER_ROLE}; SET search_path TO ${schema}`);
    try {
      await db.exec(fixturesSql);
    } catch (error) {
      throw new Error(`exercise fixtures failed: ${toErrorData(error).message}`, { cause: error });
    }
    // Fixtures may have moved the session anywhere; put it back where learners start.
    await db.exec(`RESET ROLE`);
    if (needsLanguages) await db.exec(`REVOKE USAGE ON LANGUAGE plpgsql, sql FROM ${LEARNER_ROLE}`);
    await db.exec(`SET ROLE ${LEARNER_ROLE}; SET search_path TO ${schema}`);
  } catch (error) {
    await cleanUp(db);
    release();
    throw error;
  }
  return session(db, release);
}

function session(db: PGlite, release: () => void): GradingDatabase {
  let closed: Promise<void> | undefined;
  let breach: SqlQueryError | undefined;

  async function query(text: string, params: unknown[] = []): Promise<QueryResult> {
    if (closed) throw new SqlQueryError({ message: 'the database connection is closed', code: '08003' });
    if (breach) throw breach;
    if (typeof text !== 'string') throw new SqlQueryError({ message: 'query text must be a string', code: '42601' });
    const refusal = refuseStatement(text);
    if (refusal) throw new SqlQueryError({ message: refusal, code: '42501' });
    let result;
    try {
      result = await db.query<Record<string, unknown>>(text, params);
    } catch (error) {
      throw new SqlQueryError(toErrorData(error));
    }
    if (!PLAIN_DML.has(leadingKeyword(text))) await verifyRole();
    const rows = result.rows.map((row) => toPlain(row) as Record<string, PlainValue>);
    return {
      rows,
      rowCount: Math.max(result.affectedRows ?? 0, rows.length),
      fields: result.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })),
    };
  }

  // Backstop for refuseStatement: if a statement got the session out of the learner role
  // anyway, take it back and end this grading's access.
  async function verifyRole(): Promise<void> {
    const check = await db.query<{ ok: boolean }>(`SELECT current_user = '${LEARNER_ROLE}' AND session_user = 'postgres' AS ok`);
    if (check.rows[0]?.ok) return;
    await db.exec(`RESET SESSION AUTHORIZATION; SET ROLE ${LEARNER_ROLE}`).catch(() => undefined);
    breach = new SqlQueryError({ message: 'changing the role or session is not allowed in this exercise', code: '42501' });
    throw breach;
  }

  function close(): Promise<void> {
    closed ??= cleanUp(db).finally(release);
    return closed;
  }

  return { query, close };
}

/** Back to a clean superuser session with nothing the learner role owns; or a new engine. */
async function cleanUp(db: PGlite): Promise<void> {
  try {
    // One statement per call: DISCARD ALL refuses to run inside a multi-statement string.
    for (const statement of ['ROLLBACK', 'RESET SESSION AUTHORIZATION', 'RESET ROLE', `DROP OWNED BY ${LEARNER_ROLE}`, 'DISCARD ALL']) {
      await db.exec(statement);
    }
  } catch {
    await discardEngine();
  }
}
