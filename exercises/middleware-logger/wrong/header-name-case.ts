import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();
app.use(express.json());

const announcements: Array<{ id: number; text: string }> = [];

// Runs for every request; logs once the final status is known.
function logger(req: Request, res: Response, next: NextFunction) {
  res.on('finish', () => {
    console.log(`${req.method} ${req.originalUrl} ${res.statusCode}`);
  });
  next();
}

function requireKey(req: Request, res: Response, next: NextFunction) {
  if (req.headers['X-Api-Key'] !== 'let-me-in') {
    return res.status(401).json({ error: 'unauthorized' });
  }
  next();
}

app.use(logger);

app.get('/ping', (_req, res) => {
  res.send('pong');
});

app.get('/announcements', (_req, res) => {
  res.json(announcements);
});

app.use('/admin', requireKey);

app.post('/admin/announcements', (req, res) => {
  const announcement = { id: announcements.length + 1, text: String(req.body?.text ?? '') };
  announcements.push(announcement);
  res.status(201).json(announcement);
});

export default app;
