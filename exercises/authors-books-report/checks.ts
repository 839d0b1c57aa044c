import { defineChecks } from '../../server/grader/checks.ts';

type AuthorRow = { id: number; name: string; bookCount: unknown };

export default defineChecks([
  {
    id: 'counts-books',
    title: 'GET /authors reports how many books each author has',
    concepts: ['sql.aggregates', 'sql.joins'],
    async run({ request, expect }) {
      const res = await request.get('/authors');
      expect(res.status, 'the status').toBe(200);
      const leGuin = (res.body as AuthorRow[]).find((a) => a.name === 'Ursula K. Le Guin');
      expect(leGuin?.bookCount, "Le Guin's bookCount").toBe(3);
    },
  },
  {
    id: 'includes-authors-without-books',
    title: 'Authors without books are listed with bookCount 0',
    concepts: ['sql.joins', 'sql.aggregates'],
    async run({ request, expect }) {
      const res = await request.get('/authors');
      const rows = (res.body as AuthorRow[]).map((a) => [a.name, a.bookCount]);
      expect(rows, 'the authors and their counts, by name').toEqual([
        ['Octavia E. Butler', 1], ['Ted Chiang', 0], ['Ursula K. Le Guin', 3],
      ]);
    },
  },
  {
    id: 'author-books',
    title: "GET /authors/1/books answers the author and their books by year",
    concepts: ['sql.relationships'],
    async run({ request, expect }) {
      const res = await request.get('/authors/1/books');
      expect(res.status, 'the status').toBe(200);
      expect(res.body.author, 'the author').toEqual({ id: 1, name: 'Ursula K. Le Guin' });
      expect((res.body.books as Array<{ year: number }>).map((b) => b.year), 'the years').toEqual([1968, 1969, 1974]);
    },
  },
  {
    id: 'unknown-author-404',
    title: 'GET /authors/99/books answers 404',
    concepts: ['sql.relationships'],
    async run({ request, expect }) {
      const res = await request.get('/authors/99/books');
      expect(res.status, 'the status').toBe(404);
    },
  },
  {
    id: 'books-with-authors',
    title: "GET /books lists each book with its author's name",
    concepts: ['sql.joins'],
    async run({ request, expect }) {
      const res = await request.get('/books');
      expect(res.body, 'the body').toEqual([
        { id: 1, title: 'The Dispossessed', year: 1974, author: 'Ursula K. Le Guin' },
        { id: 2, title: 'A Wizard of Earthsea', year: 1968, author: 'Ursula K. Le Guin' },
        { id: 3, title: 'Kindred', year: 1979, author: 'Octavia E. Butler' },
        { id: 4, title: 'The Left Hand of Darkness', year: 1969, author: 'Ursula K. Le Guin' },
      ]);
    },
  },
  {
    id: 'books-in-one-query',
    title: 'GET /books uses the same number of queries however many books exist',
    concepts: ['node-databases.n-plus-one'],
    async run({ request, expect, queries, sql }) {
      const before = queries().length;
      await request.get('/books');
      const few = queries().length - before;
      await sql("INSERT INTO books (title, year, author_id) SELECT 'Extra ' || n, 2000 + n, 3 FROM generate_series(1, 5) AS n", []);
      const mid = queries().length;
      await request.get('/books');
      const many = queries().length - mid;
      expect(many, `queries for 9 books (it was ${few} for 4 books)`).toBe(few);
      expect(few, 'queries for one GET /books').toBeLessThanOrEqual(2);
    },
  },
]);
