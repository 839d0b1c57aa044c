// Express 5 forwards rejected promises from handlers and middleware to the
// error middleware; awaited timers run on the sandbox's virtual clock.
import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

app.use(async (req, _res, next) => {
  if (req.query.failEarly) throw new Error('middleware rejected');
  await sleep(1);
  next();
});
app.get('/ok', async (_req, res) => {
  const [a, b] = await Promise.all([sleep(20).then(() => 'a'), sleep(10).then(() => 'b')]);
  res.json({ a, b });
});
app.get('/throws', async () => { await sleep(5); throw new RangeError('out of range'); });
app.get('/rejects', () => Promise.reject(new Error('plain rejection')));
app.get('/rejects-undefined', () => Promise.reject(undefined));
app.get('/settled-later', async (_req, res) => {
  const order: string[] = [];
  const t = sleep(0).then(() => order.push('timeout'));
  await Promise.resolve().then(() => order.push('microtask'));
  await t;
  res.json(order);
});

app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
  const e = err as Error | undefined;
  res.status(500).json({ name: e?.name ?? null, message: e?.message ?? String(err) });
});

export default app;
