import express, { type NextFunction, type Request, type Response } from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { db } from 'db';

const JWT_SECRET = 'stepwise-dev-secret';
const app = express();
app.use(express.json());

app.post('/signup', async (req, res) => {
  const { email, password } = req.body ?? {};
  if (typeof email !== 'string' || typeof password !== 'string') return res.status(400).json({ error: 'email and password are required' });
  const hash = await bcrypt.hash(password, 10);
  const result = await db.query('INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id, email', [email, hash]);
  res.status(201).json(result.rows[0]);
});

app.post('/login', async (req, res) => {
  const { email, password } = req.body ?? {};
  const result = await db.query('SELECT id, email, password_hash FROM users WHERE email = $1', [email]);
  const user = result.rows[0];
  if (!user || !(await bcrypt.compare(String(password), user.password_hash))) {
    return res.status(401).json({ error: 'invalid email or password' });
  }
  const token = jwt.sign({ sub: String(user.id), email: user.email }, JWT_SECRET, { expiresIn: '1h' });
  res.json({ token });
});

function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  try {
    const payload = jwt.verify(token, JWT_SECRET) as { sub: string; email: string };
    res.locals.user = { id: Number(payload.sub), email: payload.email };
    next();
  } catch {
    res.status(401).json({ error: 'not authenticated' });
  }
}

app.get('/me', requireAuth, (_req, res) => {
  res.json(res.locals.user);
});

export default app;
