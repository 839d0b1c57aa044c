// When a response carries Content-Length: Node sizes a response whose head is unwritten at
// end(), sends it chunked after write() / writeHead() / flushHeaders(), and never sizes HEAD
// answers, 204 or 304; res.send sets it itself. A 'finish' logger reads it back.
import express from 'express';

const app = express();
const seen: Array<string | number | string[] | undefined> = [];
app.use((_req, res, next) => {
  res.on('finish', () => { seen.push(res.getHeader('content-length')); });
  next();
});

app.get('/end-text', (_req, res) => { res.type('text').end('plain text'); });
app.get('/end-buffer', (_req, res) => { res.end(Buffer.from([1, 2, 3])); });
app.get('/end-unicode', (_req, res) => { res.end('héllo ✓'); });
app.get('/end-empty-string', (_req, res) => { res.status(200).end(''); });
app.get('/write-then-end', (_req, res) => { res.write('a'); res.end('b'); });
app.get('/write-head-then-end', (_req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('hi'); });
app.get('/flush-then-end', (_req, res) => { res.flushHeaders(); res.end('late'); });
app.get('/no-content', (_req, res) => { res.status(204).end(); });
app.get('/not-modified', (_req, res) => { res.status(304).end(); });
app.get('/removed', (_req, res) => { res.removeHeader('Content-Length'); res.end('x'); });
app.get('/own-length', (_req, res) => { res.setHeader('Content-Length', '3'); res.end('abc'); });
app.get('/send-status', (_req, res) => { res.sendStatus(201); });
app.get('/send-empty', (_req, res) => { res.send(''); });
app.get('/json-null', (_req, res) => { res.json(null); });
app.get('/seen', (_req, res) => { res.json(seen); });

export default app;
