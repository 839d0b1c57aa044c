import express from 'express';
import { db } from 'db';

const app = express();

app.get('/movies', async (req, res) => {
  // TODO: apply ?genre=, ?from= and ?limit=, newest first
  const result = await db.query('SELECT id, title, genre, year FROM movies');
  res.json(result.rows);
});

export default app;
