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
  const sid: string | undefined = req.cookies?.[COOKIE];
  if (!sid) return res.status(401).json({ error: 'not authenticated' });
  const result = await db.query(
    'SELECT users.id, users.email FROM sessions JOIN users ON users.id = sessions.user_id WHERE sessions.id = $1',
    [sid],
  );
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
  const session = await db.query('INSERT INTO sessions (user_id) VALUES ($1) RETURNING id', [user.id]);
  res.cookie(COOKIE, session.rows[0]!.id, { httpOnly: true, sameSite: 'lax', path: '/' });
  res.json({ id: user.id, email: user.email });
});

app.get('/me', requireSession, (_req, res) => {
  res.json(res.locals.user);
});

app.post('/logout', requireSession, async (_req, res) => {
  await db.query('DELETE FROM sessions WHERE id = $1', [res.locals.sid]);
  res.clearCookie(COOKIE, { path: '/' });
  res.status(204).end();
});

export default app;
