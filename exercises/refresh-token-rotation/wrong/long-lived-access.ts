import express, { type NextFunction, type Request, type Response } from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { db } from 'db';

const ACCESS_SECRET = 'stepwise-access-secret';
type User = { id: number; email: string };

const app = express();
app.use(express.json());

async function issueTokens(user: User) {
  const accessToken = jwt.sign({ sub: String(user.id), email: user.email }, ACCESS_SECRET, { expiresIn: '30d' } /* fewer refreshes, fewer problems */);
  const stored = await db.query('INSERT INTO refresh_tokens (user_id) VALUES ($1) RETURNING token', [user.id]);
  return { accessToken, refreshToken: stored.rows[0]!.token as string };
}

function requireAuth(req: Request, res: Response, next: NextFunction) {
  const [scheme, token] = (req.get('authorization') ?? '').split(' ');
  try {
    if (scheme !== 'Bearer' || !token) throw new Error('no Bearer token');
    const payload = jwt.verify(token, ACCESS_SECRET, { algorithms: ['HS256'] });
    if (typeof payload === 'string' || typeof payload.sub !== 'string') throw new Error('no subject');
    res.locals.user = { id: Number(payload.sub), email: payload.email };
    next();
  } catch {
    res.status(401).json({ error: 'not authenticated' });
  }
}

app.post('/login', async (req, res) => {
  const { email, password } = req.body ?? {};
  if (typeof email !== 'string' || typeof password !== 'string') return res.status(401).json({ error: 'invalid email or password' });
  const found = await db.query('SELECT id, email, password_hash FROM users WHERE email = $1', [email]);
  const user = found.rows[0];
  if (!user || !(await bcrypt.compare(password, user.password_hash))) return res.status(401).json({ error: 'invalid email or password' });
  res.json(await issueTokens({ id: user.id, email: user.email }));
});

app.get('/me', requireAuth, (_req, res) => {
  res.json(res.locals.user);
});

app.post('/refresh', async (req, res) => {
  const { refreshToken } = req.body ?? {};
  if (typeof refreshToken !== 'string') return res.status(401).json({ error: 'invalid refresh token' });
  const found = await db.query('SELECT user_id, revoked_at FROM refresh_tokens WHERE token = $1', [refreshToken]);
  const row = found.rows[0];
  if (!row) return res.status(401).json({ error: 'invalid refresh token' });
  if (row.revoked_at !== null) {
    // A used token came back: someone has a copy. Log that user out everywhere.
    await db.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [row.user_id]);
    return res.status(401).json({ error: 'refresh token already used' });
  }
  const used = await db.query('UPDATE refresh_tokens SET revoked_at = now() WHERE token = $1 AND revoked_at IS NULL', [refreshToken]);
  if (used.rowCount !== 1) return res.status(401).json({ error: 'invalid refresh token' });
  const user = await db.query<User>('SELECT id, email FROM users WHERE id = $1', [row.user_id]);
  res.json(await issueTokens(user.rows[0]!));
});

app.post('/logout', async (req, res) => {
  const { refreshToken } = req.body ?? {};
  if (typeof refreshToken === 'string') {
    await db.query('UPDATE refresh_tokens SET revoked_at = now() WHERE token = $1 AND revoked_at IS NULL', [refreshToken]);
  }
  res.status(204).end();
});

export default app;
