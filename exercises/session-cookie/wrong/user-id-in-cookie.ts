import express, { type NextFunction, type Request, type Response } from 'express';
import bcrypt from 'bcrypt';
import { db } from 'db';

const COOKIE = 'sid';
const INVALID = { error: 'invalid email or password' };

/** The value of one cookie from the Cookie request header. */
function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

async function requireSession(req: Request, res: Response, next: NextFunction) {
  const sid = readCookie(req, COOKIE);
  if (!sid) return res.status(401).json({ error: 'not authenticated' });
  // The cookie holds the user's id: no session table needed.
  const result = await db.query('SELECT id, email FROM users WHERE id = $1', [Number(sid)]);
  if (result.rows.length === 0) return res.status(401).json({ error: 'not authenticated' });
  res.locals.user = result.rows[0];
  res.locals.sid = sid;
  next();
}

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const { email, password } = req.body ?? {};
  if (typeof email !== 'string' || typeof password !== 'string') return res.status(401).json(INVALID);
  const found = await db.query('SELECT id, email, password_hash FROM users WHERE email = $1', [email]);
  const user = found.rows[0];
  if (!user || !(await bcrypt.compare(password, user.password_hash))) return res.status(401).json(INVALID);
  res.cookie(COOKIE, String(user.id), { httpOnly: true, sameSite: 'lax', path: '/' });
  res.json({ id: user.id, email: user.email });
});

app.get('/me', requireSession, (_req, res) => {
  res.json(res.locals.user);
});

app.post('/logout', requireSession, async (_req, res) => {
  res.clearCookie(COOKIE, { path: '/' });
  res.status(204).end();
});

export default app;
