import express from 'express';
import { db } from 'db';

const app = express();

app.get('/movies', async (req, res) => {
  const { genre, from } = req.query;
  const limit = req.query.limit === undefined ? 20 : Number(req.query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return res.status(400).json({ error: 'limit must be between 1 and 100' });
  }

  const conditions: string[] = [];
  const values: unknown[] = [];
  if (typeof genre === 'string') {
    values.push(genre);
    conditions.push(`genre = $${values.length}`);
  }
  if (typeof from === 'string') {
    values.push(Number(from));
    conditions.push(`year >= $${values.length}`);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  values.push(limit);
  const result = await db.query(
    `SELECT id, title, genre, year FROM movies ${where} ORDER BY year, title LIMIT $${values.length}`,
    values,
  );
  res.json(result.rows);
});

export default app;
