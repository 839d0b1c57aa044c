import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGradingDatabase, type GradingDatabase } from './database.ts';
import { acquire, engine, LEARNER_ROLE } from './engine.ts';
import { SqlQueryError, type SqlErrorData } from './values.ts';
import { warmUp } from './warm.ts';

const FIXTURES = `
  CREATE TABLE authors (id serial PRIMARY KEY, name text NOT NULL);
  CREATE TABLE books (id serial PRIMARY KEY, author_id int REFERENCES authors, title text, price numeric(6,2), published date);
  CREATE TABLE reviews (id bigserial PRIMARY KEY, book_id int REFERENCES books, stars int, meta jsonb);
  INSERT INTO authors (name) VALUES ('Ada'), ('Grace');
  INSERT INTO books (author_id, title, price, published) VALUES (1, 'Notes', 12.50, '1843-10-01'), (2, 'COBOL', 30, '1959-05-28');
  INSERT INTO reviews (book_id, stars, meta) VALUES (1, 5, '{"by":"x","__proto__":{"polluted":true}}');
`;

/** Runs as the superuser, between gradings, to look at what is left. */
async function asSuperuser<T>(sql: string): Promise<T[]> {
  const release = await acquire();
  try {
    return (await (await engine()).query<T>(sql)).rows;
  } finally {
    release();
  }
}

async function execAsSuperuser(sql: string): Promise<void> {
  const release = await acquire();
  try {
    await (await engine()).exec(sql);
  } finally {
    release();
  }
}

async function sqlError(promise: Promise<unknown>): Promise<SqlErrorData> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SqlQueryError);
  return (error as SqlQueryError).data;
}

const leftovers = () =>
  asSuperuser<{ nspname: string }>(
    `SELECT nspname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner WHERE rolname = '${LEARNER_ROLE}'`,
  );

beforeAll(() => warmUp(), 60_000);

describe('openGradingDatabase', () => {
  let db: GradingDatabase;
  beforeAll(async () => {
    db = await openGradingDatabase(FIXTURES);
  });
  afterAll(() => db.close());

  it('answers parameterised queries like node-postgres, with JSON-friendly values', async () => {
    const result = await db.query('SELECT id, title, price, published FROM books WHERE author_id = $1 AND title = $2', [1, 'Notes']);
    expect(result.rows).toEqual([{ id: 1, title: 'Notes', price: '12.50', published: '1843-10-01T00:00:00.000Z' }]);
    expect(result.rowCount).toBe(1);
    expect(result.fields.map((f) => f.name)).toEqual(['id', 'title', 'price', 'published']);
    const kinds = await db.query(
      `SELECT count(*) AS n, true AS yes, NULL AS nothing, 'NaN'::float8 AS nan, '\\xdead'::bytea AS bytes,
              ARRAY[1, 2] AS list, meta, id FROM reviews GROUP BY meta, id`,
    );
    const row = kinds.rows[0]!;
    expect(row).toMatchObject({ n: '1', yes: true, nothing: null, nan: 'NaN', bytes: '\\xdead', list: [1, 2], id: '1' });
    expect(JSON.stringify(row.meta)).toBe('{"by":"x","__proto__":{"polluted":true}}');
    expect(Object.getPrototypeOf(row.meta)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(kinds.rows))).toEqual(kinds.rows);
  });

  it('reports rowCount for writes and keeps the learner inside a transaction they control', async () => {
    expect((await db.query('UPDATE books SET price = price + 1')).rowCount).toBe(2);
    await db.query('BEGIN');
    expect((await db.query('INSERT INTO authors (name) VALUES ($1) RETURNING id', ['Linus'])).rows).toEqual([{ id: 3 }]);
    await db.query('ROLLBACK');
    expect((await db.query('SELECT count(*)::int AS n FROM authors')).rows).toEqual([{ n: 2 }]);
  });

  it('returns PostgreSQL errors as plain data and keeps working', async () => {
    expect(await sqlError(db.query('SELECT nope FROM books'))).toEqual({ message: 'column "nope" does not exist', code: '42703', position: 8 });
    expect(await sqlError(db.query('SELEC 1'))).toMatchObject({ code: '42601', position: 1 });
    expect(await sqlError(db.query('SELECT * FROM missing'))).toMatchObject({ code: '42P01' });
    expect(await sqlError(db.query('INSERT INTO books (author_id) VALUES (99)'))).toMatchObject({ code: '23503', detail: expect.stringContaining('99') });
    expect(await sqlError(db.query('SELECT $1::int', ['x']))).toMatchObject({ code: '22P02' });
    expect(await sqlError(db.query('SELECT 1; SELECT 2'))).toMatchObject({ code: '42601' });
    expect((await db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });
});

describe('containment', () => {
  let db: GradingDatabase;
  beforeAll(async () => {
    // Stands in for another grading's data left in the same PGlite.
    await execAsSuperuser('CREATE SCHEMA other_grading; CREATE TABLE other_grading.secret (answer text); INSERT INTO other_grading.secret VALUES (42)');
    db = await openGradingDatabase(FIXTURES);
  });
  afterAll(async () => {
    await db.close();
    await execAsSuperuser('DROP SCHEMA other_grading CASCADE');
  });

  it.each([
    ['SELECT * FROM other_grading.secret', '42501'],
    ['DROP SCHEMA other_grading CASCADE', '42501'],
    ['ALTER TABLE other_grading.secret RENAME TO mine', '42501'],
    ['SET ROLE postgres', '42501'],
    ['RESET ROLE', '42501'],
    ['SET SESSION AUTHORIZATION postgres', '42501'],
    ['RESET SESSION AUTHORIZATION', '42501'],
    ['SET "role" TO postgres', '42501'],
    ['; /**/ RESET ROLE', '42501'],
    ['DISCARD ALL', '42501'],
    ["SELECT set_config('role', 'postgres', false)", '42501'],
    ["SELECT query_to_xml('SELECT set_config(''role'', ''postgres'', false)', true, true, '')", '42501'],
    ['DO $$ BEGIN RESET ROLE; END $$', '42501'],
    ["CREATE FUNCTION up() RETURNS void LANGUAGE sql AS 'RESET ROLE'", '42501'],
    ["CREATE PROCEDURE up() LANGUAGE plpgsql AS 'BEGIN RESET ROLE; END'", '42501'],
    ['ALTER ROLE stepwise_learner SUPERUSER', '42501'],
    ['GRANT postgres TO stepwise_learner', '42501'],
    ['SELECT * FROM pg_authid', '42501'],
    ['CREATE SCHEMA mine', '42501'],
    ['CREATE TABLE public.mine (id int)', '42501'],
    ['CREATE TEMP TABLE mine (id int)', '42501'],
    ["COPY books TO '/tmp/books.csv'", '42501'],
    ["SELECT pg_read_file('/etc/passwd')", '42501'],
    ['ALTER SYSTEM SET work_mem = 1000000', '42501'],
  ])('refuses %j', async (sql, code) => {
    expect(await sqlError(db.query(sql))).toMatchObject({ code });
    expect((await db.query('SELECT current_user AS u')).rows).toEqual([{ u: LEARNER_ROLE }]);
  });

  it('lets search_path move but not into other schemas', async () => {
    await db.query('SET search_path TO other_grading, pg_catalog');
    expect(await sqlError(db.query('SELECT * FROM secret'))).toMatchObject({ code: '42P01' });
  });

  // Not contained: the catalogs are readable by every role, so names (never rows) of
  // whatever else lives in this PGlite are visible. Gradings in one process never overlap,
  // and each worker process has its own PGlite, so no other learner's names are there.
  it('still shows other schemas names in pg_catalog', async () => {
    const names = await db.query("SELECT relname FROM pg_class WHERE relnamespace = 'other_grading'::regnamespace");
    expect(names.rows).toEqual([{ relname: 'secret' }]);
  });
});

describe('lifecycle', () => {
  it('drops everything the grading created when it closes, even mid-transaction after an error', async () => {
    const db = await openGradingDatabase(FIXTURES);
    await db.query('BEGIN');
    await db.query('CREATE TABLE extra (id int)');
    await expect(db.query('SELECT 1/0')).rejects.toBeInstanceOf(SqlQueryError);
    await db.close();
    await db.close();
    expect(await leftovers()).toEqual([]);
    expect(await asSuperuser<{ u: string; path: string }>('SELECT current_user AS u, current_setting($$search_path$$) AS path')).toEqual([
      { u: 'postgres', path: 'public' },
    ]);
    expect(await sqlError(db.query('SELECT 1'))).toMatchObject({ code: '08003' });
  });

  it('gives each grading a fresh schema, one grading at a time', async () => {
    const first = await openGradingDatabase(FIXTURES);
    await first.query("INSERT INTO authors (name) VALUES ('only in first')");
    let secondOpened = false;
    const second = openGradingDatabase(FIXTURES).then((db) => ((secondOpened = true), db));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(secondOpened).toBe(false);
    await first.close();
    const db = await second;
    expect((await db.query('SELECT count(*)::int AS n FROM authors')).rows).toEqual([{ n: 2 }]);
    await db.close();
  });

  it('rejects broken fixtures and leaves nothing behind', async () => {
    await expect(openGradingDatabase('CREATE TABLE t (id int); INSERT INTO nope VALUES (1);')).rejects.toThrow(
      'exercise fixtures failed: relation "nope" does not exist',
    );
    expect(await leftovers()).toEqual([]);
    const db = await openGradingDatabase('CREATE TABLE t (id int)');
    expect((await db.query('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 0 }]);
    await db.close();
  });

  it('lets trusted fixtures define functions that learners may call but not copy', async () => {
    const db = await openGradingDatabase(`
      CREATE FUNCTION add_one(n int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN n + 1; END $$;
    `);
    expect((await db.query('SELECT add_one($1) AS n', [41])).rows).toEqual([{ n: 42 }]);
    expect(await sqlError(db.query('CREATE FUNCTION mine() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'))).toMatchObject({ code: '42501' });
    await db.close();
  });

  // Measured finding: PGlite ignores statement_timeout (there is no timer signal in its
  // single-threaded WebAssembly backend), so only the pool's deadline stops a runaway query.
  it('does not honour statement_timeout', async () => {
    const db = await openGradingDatabase('');
    await db.query("SET statement_timeout = '50ms'");
    const started = Date.now();
    await db.query('SELECT pg_sleep(0.4)');
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    await db.close();
  });
});
