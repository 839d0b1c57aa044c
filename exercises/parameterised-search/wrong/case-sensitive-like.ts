import express from 'express';
import { db } from 'db';

const app = express();

app.get('/search', async (req, res) => {
  const q = req.query.q;
  if (typeof q !== 'string' || q.trim() === '') return res.status(400).json({ error: 'q is required' });
  const pattern = `%${q}%`;
  const result = await db.query(
    'SELECT id, title, author FROM books WHERE published AND (title LIKE $1 OR author LIKE $1) ORDER BY title',
    [pattern],
  );
  res.json(result.rows);
});

export default app;
