import express from 'express';
import { db } from 'db';

const app = express();

app.get('/authors', async (_req, res) => {
  const result = await db.query(`
    SELECT authors.id, authors.name, COUNT(books.id)::int AS "bookCount"
    FROM authors LEFT JOIN books ON books.author_id = authors.id
    GROUP BY authors.id, authors.name
    ORDER BY authors.name`);
  res.json(result.rows);
});

app.get('/authors/:id/books', async (req, res) => {
  const id = Number(req.params.id);
  const author = await db.query('SELECT id, name FROM authors WHERE id = $1', [id]);
  if (author.rows.length === 0) return res.status(404).json({ error: 'not found' });
  const books = await db.query('SELECT id, title, year FROM books WHERE author_id = $1 ORDER BY year', [id]);
  res.json({ author: author.rows[0], books: books.rows });
});

app.get('/books', async (_req, res) => {
  const result = await db.query(`
    SELECT books.id, books.title, books.year, authors.name AS author
    FROM books JOIN authors ON authors.id = books.id
    ORDER BY books.id`);
  res.json(result.rows);
});

export default app;
