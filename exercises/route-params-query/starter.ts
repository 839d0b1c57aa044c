import express from 'express';

const app = express();

const products = [
  { id: 1, name: 'Notebook', price: 5 },
  { id: 2, name: 'Backpack', price: 40 },
  { id: 3, name: 'Pen', price: 2 },
  { id: 4, name: 'Desk lamp', price: 25 },
];

app.get('/products', (_req, res) => {
  // TODO: support ?maxPrice=
  res.json(products);
});

// TODO: GET /products/:id

export default app;
