// res.end() with no body or with one chunk, no Content-Length set by the app: Node
// computes Content-Length itself (the grading bridge used to send these chunked).
import express from 'express';

const app = express();
app.get('/end-empty', (_req, res) => { res.status(202).end(); });
app.get('/end-chunk', (_req, res) => { res.end('ended'); });
app.get('/json-undefined', (_req, res) => { res.json(undefined); });
app.get('/location', (_req, res) => { res.location('/x').status(201).end(); });

export default app;
