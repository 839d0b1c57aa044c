// Reading a body by hand: 'data'/'end' events with setEncoding, async
// iteration, and the response's 'finish'/'close' events seen by a logger.
import express from 'express';

const app = express();
let lastEvents: string[] = [];

app.use((req, res, next) => {
  const events: string[] = [];
  res.on('finish', () => events.push(`finish ${res.statusCode}`));
  res.on('close', () => { events.push('close'); lastEvents = events; });
  next();
});
app.post('/events', (req, res) => {
  let data = '';
  let chunks = 0;
  req.setEncoding('utf8');
  req.on('data', (c: string) => { data += c; chunks++; });
  req.on('end', () => { res.json({ data, gotChunks: chunks > 0, complete: req.complete }); });
});
app.post('/iterate', async (req, res) => {
  const parts: Buffer[] = [];
  for await (const c of req) parts.push(c as Buffer);
  const text = Buffer.concat(parts).toString('utf8');
  res.json({ text, bytes: Buffer.byteLength(text) });
});
app.post('/ignored', (_req, res) => { res.status(202).json({ accepted: true }); });
app.get('/last-events', (_req, res) => { res.json(lastEvents); });

export default app;
