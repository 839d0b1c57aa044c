import express from 'express';
import { db } from 'db';

const app = express();

app.get('/search', async (req, res) => {
  const q = req.query.q;
  // TODO: find published books whose title or author contains q, safely
  res.json([]);
});

export default app;
