// res.format and req.accepts*: content negotiation, and the 406 res.format
// raises when nothing matches (shown by an error middleware).
import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();

app.get('/doc', (_req, res) => {
  res.format({
    'text/plain': () => { res.send('plain doc'); },
    html: () => { res.send('<p>html doc</p>'); },
    json: () => { res.json({ doc: true }); },
  });
});
app.get('/strict-format', (_req, res) => {
  res.format({ json: () => { res.json({ only: 'json' }); } });
});
app.get('/default-format', (_req, res) => {
  res.format({ json: () => { res.json({ a: 1 }); }, default: () => { res.status(200).send('fallback'); } });
});
app.get('/accepts', (req, res) => {
  res.json({
    best: req.accepts(['json', 'html']),
    all: req.accepts(),
    charset: req.acceptsCharsets('utf-8', 'iso-8859-1'),
    language: req.acceptsLanguages('en', 'fr', 'de'),
    encoding: req.acceptsEncodings('gzip', 'br'),
  });
});
app.use((err: Error & { status?: number; types?: string[] }, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err.status ?? 500).json({ message: err.message, types: err.types });
});

export default app;
