import express from 'express';
import { db } from 'db';

const app = express();

app.get('/authors', async (_req, res) => {
  const result = await db.query('SELECT id, name FROM authors ORDER BY name');
  res.json(result.rows);
});

export default app;
