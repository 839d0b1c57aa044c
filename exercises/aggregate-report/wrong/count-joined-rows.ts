import express from 'express';
import { db } from 'db';

const app = express();

app.get('/reports/customers', async (_req, res) => {
  const result = await db.query(`
    SELECT c.id, c.name,
           COUNT(o.id)::int AS orders,
           COALESCE(SUM(o.total_cents), 0)::int AS "spentCents"
    FROM customers c
    LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
    GROUP BY c.id, c.name
    ORDER BY "spentCents" DESC, c.name`);
  res.json(result.rows);
});

app.get('/reports/top-customers', async (req, res) => {
  const min = req.query.min === undefined ? 1 : Number(req.query.min);
  if (!Number.isInteger(min) || min < 1) return res.status(400).json({ error: 'min must be a positive whole number' });
  const result = await db.query(`
    SELECT c.name, COUNT(o.id)::int AS orders
    FROM customers c
    JOIN orders o ON o.customer_id = c.id
    WHERE o.status = 'paid'
    GROUP BY c.id, c.name
    HAVING COUNT(o.id) >= $1
    ORDER BY orders DESC, c.name`, [min]);
  res.json(result.rows);
});

app.get('/reports/countries', async (_req, res) => {
  const result = await db.query(`
    SELECT c.country,
           COUNT(c.id)::int AS customers,
           COUNT(o.id)::int AS "paidOrders",
           COALESCE(SUM(o.total_cents), 0)::int AS "revenueCents"
    FROM customers c
    LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
    GROUP BY c.country
    ORDER BY c.country`);
  res.json(result.rows);
});

export default app;
