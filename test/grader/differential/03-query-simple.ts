// Express 5's default "simple" query parser: repeated keys become arrays,
// brackets are not nested.
import express from 'express';

const app = express();

app.get('/search', (req, res) => { res.json({ query: req.query, keys: Object.keys(req.query) }); });
app.get('/page', (req, res) => {
  const page = Number(req.query.page ?? 1);
  const size = Math.min(Number(req.query.size ?? 10), 50);
  res.json({ page, size, valid: Number.isInteger(page) && page > 0 });
});

export default app;
