// res.json of values JSON.stringify refuses (BigInt, cycles) and a throwing
// toJSON: the error reaches the error middleware with V8's own message.
import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();

app.get('/bigint', (_req, res) => { res.json({ n: 10n }); });
app.get('/cycle', (_req, res) => {
  const a: Record<string, unknown> = { name: 'a' };
  a.self = a;
  res.json(a);
});
app.get('/tojson-throws', (_req, res) => { res.json({ x: { toJSON() { throw new Error('nope'); } } }); });
app.get('/after', (_req, res) => { res.json({ headersWereClean: !res.headersSent }); });

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ name: err.name, message: err.message, headersSent: res.headersSent });
});

export default app;
