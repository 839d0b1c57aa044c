// app.param and router.param: loaders that run once per request per param,
// attach data to req, and can end the request or pass an error on.
import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();
const calls: string[] = [];
const users: Record<string, { name: string }> = { 1: { name: 'Ada' }, 2: { name: 'Grace' } };

app.param('userId', (req, res, next, id: string) => {
  calls.push(`userId=${id}`);
  const user = users[id];
  if (!user) { res.status(404).json({ error: `user ${id} not found` }); return; }
  res.locals.user = user;
  next();
});
app.param('n', (_req, _res, next, n: string) => {
  if (!/^\d+$/.test(n)) { next(Object.assign(new Error(`not a number: ${n}`), { status: 400 })); return; }
  next();
});

app.get('/users/:userId', (req, res, next) => { calls.push('first handler'); next(); });
app.get('/users/:userId', (_req, res) => { res.json({ user: res.locals.user, calls: calls.splice(0) }); });
app.get('/square/:n', (req, res) => { res.json({ square: Number(req.params.n) ** 2 }); });

const slugs = new WeakMap<Request, string>();
const router = express.Router();
router.param('slug', (req, _res, next, slug: string) => { slugs.set(req, slug.toUpperCase()); next(); });
router.get('/tags/:slug', (req, res) => { res.json({ slug: slugs.get(req) }); });
app.use(router);

app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

export default app;
