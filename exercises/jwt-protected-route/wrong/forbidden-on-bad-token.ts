import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';

const JWT_SECRET = 'stepwise-dev-secret';
const notes = [
  { id: 1, ownerId: 1, text: 'Buy oat milk' },
  { id: 2, ownerId: 2, text: 'Call the plumber' },
  { id: 3, ownerId: 2, text: 'Renew passport' },
  { id: 4, ownerId: 1, text: 'Book the dentist' },
];

function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.get('authorization');
  if (!header) {
    res.set('WWW-Authenticate', 'Bearer');
    return res.status(401).json({ error: 'missing token' });
  }
  const [scheme, token] = header.split(' ');
  try {
    if (scheme !== 'Bearer' || !token) throw new Error('not a Bearer token');
    const payload = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
    if (typeof payload === 'string' || typeof payload.sub !== 'string') throw new Error('no subject');
    res.locals.userId = payload.sub;
    next();
  } catch {
    res.status(403).json({ error: 'invalid token' });
  }
}

const app = express();

app.get('/health', (_req, res) => {
  res.json({ ok: true });
});

app.get('/api/me', requireAuth, (_req, res) => {
  res.json({ id: res.locals.userId });
});

app.get('/api/notes', requireAuth, (_req, res) => {
  const userId = Number(res.locals.userId);
  res.json(notes.filter((n) => n.ownerId === userId).map(({ id, text }) => ({ id, text })));
});

export default app;
