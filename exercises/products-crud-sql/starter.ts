import express from 'express';
import { db } from 'db';

const app = express();
app.use(express.json());

app.get('/products', async (req, res) => {
  // TODO: read the products from the database
  res.json([]);
});

export default app;
