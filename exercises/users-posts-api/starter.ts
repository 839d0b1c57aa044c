import express from 'express';
import { db } from 'db';

const app = express();
app.use(express.json());

app.get('/posts', async (_req, res) => {
  // TODO: the author's username, and ?tag=
  const result = await db.query('SELECT id, title FROM posts ORDER BY id');
  res.json(result.rows);
});

// TODO: GET /users/:id/posts and POST /posts (in a transaction)

export default app;
