// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the types of the sandbox-only 'db' module live with the exercises
/// <reference path="../../../exercises/sandbox-modules.d.ts" />
// A SQL exercise's shape: parameterised queries through `db`, int8 and
// numeric as strings (node-postgres conventions), constraint errors, 404s.
import express, { type NextFunction, type Request, type Response } from 'express';
import { db } from 'db';

const app = express();
app.use(express.json());

app.get('/products', async (req, res) => {
  const { rows } = typeof req.query.category === 'string'
    ? await db.query('SELECT id, name, category, price FROM products WHERE category = $1 ORDER BY id', [req.query.category])
    : await db.query('SELECT id, name, category, price FROM products ORDER BY id');
  res.json(rows);
});
app.get('/products/:id', async (req, res) => {
  const { rows } = await db.query('SELECT * FROM products WHERE id = $1', [Number(req.params.id)]);
  if (rows.length === 0) { res.status(404).json({ error: 'not found' }); return; }
  res.json(rows[0]);
});
app.post('/products', async (req, res) => {
  const { name, category, price } = req.body ?? {};
  const result = await db.query('INSERT INTO products (name, category, price) VALUES ($1, $2, $3) RETURNING id, name', [name, category, price]);
  res.status(201).json({ created: result.rows[0], rowCount: result.rowCount });
});
app.get('/stats', async (_req, res) => {
  const { rows } = await db.query('SELECT category, count(*) AS n, sum(price) AS total FROM products GROUP BY category ORDER BY category');
  res.json(rows);
});
app.get('/broken', async (_req, res) => { await db.query('SELECT * FROM no_such_table'); res.send('unreachable'); });

app.use((err: Error & { code?: string }, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err.code === '23505' || err.code === '23502' ? 409 : 500).json({ message: err.message, code: err.code ?? null });
});

export default app;
