// The sql scaffold: a books API on PostgreSQL (PGlite, seeded from fixtures.sql for every
// grading). The learner's code reaches it through the sandbox's `db` module.
import type { Template } from './index.ts';

const app = (list: string, create: string): string => `import express from 'express';
import { db } from 'db';

const app = express();
app.use(express.json());

app.get('/books', async (req, res) => {
${list}
});

app.post('/books', async (req, res) => {
  const { title, year } = req.body ?? {};
${create}
});

export default app;
`;

const list = `  const { title } = req.query;
  const result = typeof title === 'string'
    ? await db.query('SELECT id, title, year FROM books WHERE title = $1 ORDER BY id', [title])
    : await db.query('SELECT id, title, year FROM books ORDER BY id');
  res.json(result.rows);`;

const create = `  const result = await db.query('INSERT INTO books (title, year) VALUES ($1, $2) RETURNING id, title, year', [title, year]);
  res.status(201).json(result.rows[0]);`;

export const sql: Template = {
  topic: 'sql',
  concepts: ['sql.crud', 'node-databases.parameterised-queries'],
  fixturesSql: `CREATE TABLE books (
  id SERIAL PRIMARY KEY,
  title TEXT NOT NULL,
  year INTEGER NOT NULL
);
INSERT INTO books (title, year) VALUES
  ('Dune', 1965),
  ('Neuromancer', 1984),
  ('Hyperion', 1989);
`,
  prompt: `The database has a \`books\` table (\`id\`, \`title\`, \`year\`). Build an Express app
(\`export default app\`) that uses \`import { db } from 'db'\`:

- \`GET /books\` answers the books ordered by \`id\`; \`GET /books?title=Dune\` only the books with that title.
- \`POST /books\` with \`{ "title": "...", "year": 1985 }\` inserts a book and answers \`201\` with the new row.

Always pass values as query parameters (\`$1\`), never by pasting them into the SQL text.
`,
  hints: [
    'db.query(text, params) resolves to a result object; the rows are in result.rows.',
    'Put $1, $2 in the SQL text and the values in the params array: the database keeps them apart.',
    "INSERT INTO books (title, year) VALUES ($1, $2) RETURNING id, title, year gives you the new row in result.rows[0].",
  ],
  starter: `import express from 'express';
import { db } from 'db';

const app = express();
app.use(express.json());

app.get('/books', async (_req, res) => {
  // TODO: read the books from the database with db.query
  res.json([]);
});

export default app;
`,
  solution: app(list, create),
  wrong: [
    {
      file: 'string-concat.ts',
      misconception: 'Pastes values into the SQL text, which breaks on a quote and lets input rewrite the query (SQL injection).',
      fails: ['title-is-parameterised', 'creates-book'],
      code: app(
        `  const { title } = req.query;
  const where = typeof title === 'string' ? \` WHERE title = '\${title}'\` : '';
  const result = await db.query(\`SELECT id, title, year FROM books\${where} ORDER BY id\`);
  res.json(result.rows);`,
        `  const result = await db.query(\`INSERT INTO books (title, year) VALUES ('\${title}', \${Number(year)}) RETURNING id, title, year\`);
  res.status(201).json(result.rows[0]);`,
      ),
    },
    {
      file: 'result-not-rows.ts',
      misconception: 'Believes db.query() resolves to the rows themselves, and sends the whole result object instead of result.rows.',
      fails: ['lists-books', 'finds-by-title', 'title-is-parameterised', 'creates-book'],
      code: app(list.replace('res.json(result.rows);', 'res.json(result);'), create.replace('result.rows[0]', 'result')),
    },
  ],
  checks: `type Book = { id: number; title: string; year: number };

export default defineChecks([
  {
    id: 'lists-books',
    title: 'GET /books lists the books ordered by id',
    concepts: ['sql.crud'],
    async run({ request, expect }) {
      const res = await request.get('/books');
      expect(res.status, 'the status').toBe(200);
      expect((res.body as Book[]).map((b) => b.title), 'the titles').toEqual(['Dune', 'Neuromancer', 'Hyperion']);
    },
  },
  {
    id: 'finds-by-title',
    title: 'GET /books?title=Dune answers only that book',
    concepts: ['sql.crud', 'node-databases.parameterised-queries'],
    async run({ request, expect }) {
      const res = await request.get('/books').query({ title: 'Dune' });
      expect(res.body, 'the body').toEqual([{ id: 1, title: 'Dune', year: 1965 }]);
    },
  },
  {
    id: 'title-is-parameterised',
    title: "A title like ' OR '1'='1 matches nothing instead of everything",
    concepts: ['node-databases.parameterised-queries'],
    async run({ request, expect }) {
      const res = await request.get('/books').query({ title: "' OR '1'='1" });
      expect(res.status, 'the status').toBe(200);
      expect(res.body, 'the body').toEqual([]);
    },
  },
  {
    id: 'creates-book',
    title: 'POST /books inserts the book (even with a quote in its title) and answers 201',
    concepts: ['sql.crud', 'node-databases.parameterised-queries'],
    async run({ request, expect, sql }) {
      const res = await request.post('/books').send({ title: "Ender's Game", year: 1985 });
      expect(res.status, 'the status').toBe(201);
      expect(res.body, 'the body').toMatchObject({ title: "Ender's Game", year: 1985 });
      const { rows } = await sql('SELECT year FROM books WHERE title = $1', ["Ender's Game"]);
      expect(rows, 'the rows with that title').toEqual([{ year: 1985 }]);
    },
  },
]);
`,
};
