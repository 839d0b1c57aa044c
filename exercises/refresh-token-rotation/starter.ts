import express from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { db } from 'db';

const ACCESS_SECRET = 'stepwise-access-secret';
const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const { email, password } = req.body ?? {};
  const found = await db.query('SELECT id, email, password_hash FROM users WHERE email = $1', [email]);
  const user = found.rows[0];
  if (!user || !(await bcrypt.compare(String(password), user.password_hash))) return res.status(401).json({ error: 'invalid email or password' });
  // TODO: a short-lived access token and a refresh token stored in refresh_tokens
  const accessToken = jwt.sign({ sub: String(user.id), email: user.email }, ACCESS_SECRET);
  res.json({ accessToken });
});

// TODO: GET /me, POST /refresh (with rotation and reuse detection), POST /logout

export default app;
