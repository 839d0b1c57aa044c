import express from 'express';

const app = express();
app.use(express.json());

const announcements: Array<{ id: number; text: string }> = [];

// TODO: a logger that prints "METHOD URL STATUS" for every request

app.get('/ping', (_req, res) => {
  res.send('pong');
});

app.get('/announcements', (_req, res) => {
  res.json(announcements);
});

// TODO: only requests with the header X-Api-Key: let-me-in may reach /admin

app.post('/admin/announcements', (req, res) => {
  const announcement = { id: announcements.length + 1, text: String(req.body?.text ?? '') };
  announcements.push(announcement);
  res.status(201).json(announcement);
});

export default app;
