// Prints PGlite costs for SQL grading: `npx node server/grader/sql/bench.ts`
import { execFileSync } from 'node:child_process';
import { PGlite } from '@electric-sql/pglite';
import { openGradingDatabase } from './database.ts';
import { engine } from './engine.ts';

const FIXTURES = `
  CREATE TABLE authors (id serial PRIMARY KEY, name text NOT NULL);
  CREATE TABLE books (id serial PRIMARY KEY, author_id int REFERENCES authors, title text, price numeric(6,2));
  CREATE TABLE reviews (id serial PRIMARY KEY, book_id int REFERENCES books, stars int);
  INSERT INTO authors (name) SELECT 'author ' || i FROM generate_series(1, 5) i;
  INSERT INTO books (author_id, title, price) SELECT 1 + i % 5, 'book ' || i, i * 1.5 FROM generate_series(1, 8) i;
  INSERT INTO reviews (book_id, stars) SELECT 1 + i % 8, 1 + i % 5 FROM generate_series(1, 7) i;
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function time(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Boots are measured in fresh processes: a second boot in one process reuses compiled WebAssembly. */
async function bootChild(mode: string): Promise<void> {
  const start = performance.now();
  if (mode === 'initdb') await new PGlite().waitReady;
  else await engine();
  process.stdout.write(String(performance.now() - start));
  // An open PGlite keeps the event loop alive.
  process.exit(0);
}

function bootInFreshProcess(mode: string): number {
  const out = execFileSync(process.execPath, [import.meta.filename, `--boot=${mode}`], { encoding: 'utf8' });
  return Number(out);
}

const bootMode = process.argv.find((a) => a.startsWith('--boot='))?.slice('--boot='.length);
if (bootMode) {
  await bootChild(bootMode);
} else {
  bootInFreshProcess('cached'); // makes sure the data-dir cache exists
  const initdb = [1, 2, 3].map(() => bootInFreshProcess('initdb'));
  const cached = [1, 2, 3].map(() => bootInFreshProcess('cached'));
  console.log(`PGlite boot, fresh process, initdb:           median ${ms(median(initdb))} of 3`);
  console.log(`PGlite boot, fresh process, cached data dir:  median ${ms(median(cached))} of 3`);

  await engine();
  const openClose = await time(100, async () => (await openGradingDatabase(FIXTURES)).close());
  console.log(`open (schema + 3 tables/20 rows) + close:     median ${ms(openClose)} of 100`);

  const db = await openGradingDatabase(FIXTURES);
  const byKey = await time(200, () => db.query('SELECT id, title, price FROM books WHERE id = $1', [3]));
  const join = await time(200, () =>
    db.query('SELECT a.name, count(r.*) AS n FROM authors a JOIN books b ON b.author_id = a.id LEFT JOIN reviews r ON r.book_id = b.id GROUP BY a.name ORDER BY a.name'),
  );
  const insert = await time(200, () => db.query('INSERT INTO reviews (book_id, stars) VALUES ($1, $2) RETURNING id', [1, 5]));
  const ddl = await time(50, () => db.query('CREATE TABLE IF NOT EXISTS scratch (id int)'));
  await db.close();
  console.log(`query, primary-key select with $1:            median ${ms(byKey)} of 200`);
  console.log(`query, 3-table join + group by:               median ${ms(join)} of 200`);
  console.log(`query, insert ... returning:                  median ${ms(insert)} of 200`);
  console.log(`query, DDL (adds the role after-check):       median ${ms(ddl)} of 50`);

  const cycle = await time(100, async () => {
    const g = await openGradingDatabase(FIXTURES);
    for (let i = 0; i < 5; i++) await g.query('SELECT title FROM books WHERE author_id = $1', [1 + (i % 5)]);
    await g.close();
  });
  console.log(`grading: open + 5 queries + close:            median ${ms(cycle)} of 100`);
  console.log(`worker RSS after the run:                     ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
  process.exit(0);
}
