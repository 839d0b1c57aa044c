import express from 'express';
import { db } from 'db';

const app = express();

app.get('/search', async (req, res) => {
  const q = req.query.q;
  if (typeof q !== 'string' || q.trim() === '') return res.status(400).json({ error: 'q is required' });
  // Quotes are what attackers use, so remove them before building the SQL.
  const clean = q.replace(/['"]/g, '');
  const result = await db.query(`SELECT id, title, author FROM books WHERE published AND (title ILIKE '%${clean}%' OR author ILIKE '%${clean}%') ORDER BY title`);
  res.json(result.rows);
});

export default app;
