import express from 'express';
import jwt from 'jsonwebtoken';

const JWT_SECRET = 'stepwise-dev-secret';
const notes = [
  { id: 1, ownerId: 1, text: 'Buy oat milk' },
  { id: 2, ownerId: 2, text: 'Call the plumber' },
  { id: 3, ownerId: 2, text: 'Renew passport' },
  { id: 4, ownerId: 1, text: 'Book the dentist' },
];

const app = express();

app.get('/health', (_req, res) => {
  res.json({ ok: true });
});

// TODO: a requireAuth middleware, GET /api/me and GET /api/notes
app.get('/api/notes', (_req, res) => {
  res.json(notes);
});

export default app;
