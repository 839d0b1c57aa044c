import express from 'express';
import bcrypt from 'bcrypt';
import { db } from 'db';

const app = express();
app.use(express.json());

app.post('/register', async (req, res) => {
  const { email, password } = req.body ?? {};
  // TODO: store a bcrypt hash, not the password
  const result = await db.query('INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id, email', [email, password]);
  res.status(201).json(result.rows[0]);
});

app.post('/login', async (req, res) => {
  // TODO: check the password with bcrypt
  res.status(401).json({ error: 'invalid email or password' });
});

export default app;
