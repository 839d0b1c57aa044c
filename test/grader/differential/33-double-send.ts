// Sending twice: the second send throws ERR_HTTP_HEADERS_SENT ("Cannot set
// headers after they are sent to the client"), as does a second writeHead.
// The app records the errors and reports them in a later request.
import express from 'express';

const app = express();
const seen: Array<{ name: string; message: string; code: string | null }> = [];

app.get('/twice', (_req, res) => {
  res.json({ first: true });
  try {
    res.json({ second: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    seen.push({ name: err.name, message: err.message, code: err.code ?? null });
  }
});
app.get('/set-after', (_req, res) => {
  res.send('done');
  try { res.set('X-Late', '1'); } catch (e) { const err = e as Error & { code?: string }; seen.push({ name: err.name, message: err.message, code: err.code ?? null }); }
});
app.get('/write-head-twice', (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  try { res.writeHead(201); } catch (e) { const err = e as Error & { code?: string }; seen.push({ name: err.name, message: err.message, code: err.code ?? null }); }
  res.end('first head wins');
});
app.get('/seen', (_req, res) => { res.json({ seen, count: seen.length }); });

export default app;
