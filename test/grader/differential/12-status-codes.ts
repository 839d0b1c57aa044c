// res.status, res.sendStatus (including unusual codes) and invalid codes,
// which Express 5 refuses with a RangeError.
import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();

app.post('/created', (_req, res) => { res.status(201).location('/things/1').json({ id: 1 }); });
app.get('/send-status/:code', (req, res) => { res.sendStatus(Number(req.params.code)); });
app.get('/teapot', (_req, res) => { res.status(418).send("I'm short and stout"); });
app.get('/invalid/:code', (req, res) => { res.status(Number(req.params.code)).send('x'); });
app.get('/no-content', (_req, res) => { res.status(204).send('dropped body'); });
app.get('/not-modified', (_req, res) => { res.status(304).json({ dropped: true }); });

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ name: err.name, message: err.message });
});

export default app;
