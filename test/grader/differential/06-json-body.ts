// express.json(): valid bodies, malformed JSON, wrong content type, a body over
// the limit and strict mode. The error middleware shows what body-parser reported.
import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();

app.post('/strict', express.json({ limit: '64b' }), (req, res) => { res.json({ body: req.body ?? 'undefined', type: typeof req.body }); });
app.post('/loose', express.json({ strict: false }), (req, res) => { res.json({ body: req.body ?? 'undefined', type: typeof req.body }); });
app.post('/vendor', express.json({ type: 'application/vnd.api+json' }), (req, res) => { res.json({ body: req.body ?? 'undefined' }); });

app.use((err: Error & { status?: number; type?: string; expose?: boolean }, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err.status ?? 500).json({ status: err.status, type: err.type, expose: err.expose, message: err.message });
});

export default app;
