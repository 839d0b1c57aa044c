import express from 'express';
import jwt from 'jsonwebtoken';
import { db } from 'db';

const JWT_SECRET = 'stepwise-dev-secret';
const app = express();
app.use(express.json());

// TODO: a requireAuth middleware (401), and ownership checks (403) on every :id route
app.get('/documents/:id', async (req, res) => {
  const result = await db.query('SELECT id, title, body FROM documents WHERE id = $1', [Number(req.params.id)]);
  res.json(result.rows[0]);
});

export default app;
