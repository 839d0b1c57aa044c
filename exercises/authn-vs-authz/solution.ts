import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';
import { db } from 'db';

const JWT_SECRET = 'stepwise-dev-secret';
type Doc = { id: number; owner_id: number; title: string; body: string };

/** Authentication: who is calling? 401 when we cannot tell. */
function requireAuth(req: Request, res: Response, next: NextFunction) {
  const [scheme, token] = (req.get('authorization') ?? '').split(' ');
  try {
    if (scheme !== 'Bearer' || !token) throw new Error('no Bearer token');
    const payload = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
    if (typeof payload === 'string' || typeof payload.sub !== 'string') throw new Error('no subject');
    res.locals.userId = Number(payload.sub);
    next();
  } catch {
    res.status(401).json({ error: 'not authenticated' });
  }
}

/** Authorization: may this caller touch this document? Sends 404 / 403 itself. */
async function loadOwnDocument(req: Request, res: Response): Promise<Doc | undefined> {
  const result = await db.query<Doc>('SELECT id, owner_id, title, body FROM documents WHERE id = $1', [Number(req.params.id)]);
  const doc = result.rows[0];
  if (!doc) {
    res.status(404).json({ error: 'not found' });
    return undefined;
  }
  if (doc.owner_id !== res.locals.userId) {
    res.status(403).json({ error: 'forbidden' });
    return undefined;
  }
  return doc;
}

const app = express();
app.use(express.json());

app.get('/documents', requireAuth, async (_req, res) => {
  const result = await db.query('SELECT id, title FROM documents WHERE owner_id = $1 ORDER BY id', [res.locals.userId]);
  res.json(result.rows);
});

app.get('/documents/:id', requireAuth, async (req, res) => {
  const doc = await loadOwnDocument(req, res);
  if (!doc) return;
  res.json({ id: doc.id, title: doc.title, body: doc.body });
});

app.put('/documents/:id', requireAuth, async (req, res) => {
  const { title, body } = req.body ?? {};
  if (typeof title !== 'string' || typeof body !== 'string') return res.status(400).json({ error: 'title and body must be strings' });
  const doc = await loadOwnDocument(req, res);
  if (!doc) return;
  const result = await db.query('UPDATE documents SET title = $1, body = $2 WHERE id = $3 RETURNING id, title, body', [title, body, doc.id]);
  res.json(result.rows[0]);
});

app.delete('/documents/:id', requireAuth, async (req, res) => {
  const doc = await loadOwnDocument(req, res);
  if (!doc) return;
  await db.query('DELETE FROM documents WHERE id = $1', [doc.id]);
  res.status(204).end();
});

export default app;
