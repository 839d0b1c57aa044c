import express from 'express';
import { db } from 'db';

const app = express();
app.use(express.json());

app.get('/products', async (req, res) => {
  const { category } = req.query;
  const result = await db.query('SELECT * FROM products WHERE category = $1 ORDER BY id', [category]);
  res.json(result.rows);
});

app.get('/products/:id', async (req, res) => {
  const result = await db.query('SELECT * FROM products WHERE id = $1', [Number(req.params.id)]);
  if (result.rows.length === 0) return res.status(404).json({ error: 'not found' });
  res.json(result.rows[0]);
});

app.post('/products', async (req, res) => {
  const { name, category, price_cents } = req.body;
  const result = await db.query(
    'INSERT INTO products (name, category, price_cents) VALUES ($1, $2, $3) RETURNING *',
    [name, category, price_cents],
  );
  res.status(201).json(result.rows[0]);
});

app.delete('/products/:id', async (req, res) => {
  const result = await db.query('DELETE FROM products WHERE id = $1', [Number(req.params.id)]);
  if (result.rowCount === 0) return res.status(404).json({ error: 'not found' });
  res.status(204).end();
});

export default app;
