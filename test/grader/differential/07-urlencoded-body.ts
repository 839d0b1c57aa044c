// express.urlencoded() with and without nesting, express.text() and express.raw().
import express from 'express';

const app = express();

app.post('/simple', express.urlencoded({ extended: false }), (req, res) => { res.json(req.body); });
app.post('/extended', express.urlencoded({ extended: true }), (req, res) => { res.json(req.body); });
app.post('/text', express.text(), (req, res) => { res.json({ text: req.body, length: String(req.body).length }); });
app.post('/raw', express.raw({ type: 'application/octet-stream' }), (req, res) => {
  const body = req.body as Buffer;
  res.json({ isBuffer: Buffer.isBuffer(body), length: body.length, hex: body.toString('hex') });
});
app.post('/none', (req, res) => { res.json({ body: req.body === undefined ? 'undefined' : req.body }); });

export default app;
