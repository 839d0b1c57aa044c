import express from 'express';

const app = express();

const products = [
  { id: 1, name: 'Notebook', price: 5 },
  { id: 2, name: 'Backpack', price: 40 },
  { id: 3, name: 'Pen', price: 2 },
  { id: 4, name: 'Desk lamp', price: 25 },
];

app.get('/products', (req, res) => {
  const { maxPrice } = req.query as { maxPrice?: unknown };
  if (maxPrice === undefined) return res.json(products);
  if (typeof maxPrice !== 'number') {
    return res.status(400).json({ error: 'maxPrice must be a number' });
  }
  res.json(products.filter((p) => p.price <= maxPrice));
});

app.get('/products/:id', (req, res) => {
  if (!/^[1-9]\d*$/.test(req.params.id)) {
    return res.status(400).json({ error: 'id must be a positive integer' });
  }
  const product = products.find((p) => p.id === Number(req.params.id));
  if (!product) return res.status(404).json({ error: 'product not found' });
  res.json(product);
});

export default app;
