import express from 'express';
import bcrypt from 'bcrypt';
import { db } from 'db';

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  // TODO: check the password, create a session row, set an HttpOnly cookie
  res.status(401).json({ error: 'invalid email or password' });
});

app.get('/me', async (req, res) => {
  // TODO: find the session named by the sid cookie
  res.status(401).json({ error: 'not authenticated' });
});

export default app;
