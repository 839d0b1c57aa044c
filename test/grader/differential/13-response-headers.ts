// res.set / res.append / res.vary / res.location / res.links / res.get /
// res.type / res.attachment and header removal.
import express from 'express';

const app = express();
app.disable('x-powered-by');

app.get('/set', (_req, res) => {
  res.set('X-Single', 'one');
  res.set({ 'X-Multi': ['a', 'b'], 'Cache-Control': 'no-store', 'X-Number': '5' });
  res.append('X-Multi', 'c');
  res.append('Link', '<http://localhost/>');
  res.json({ single: res.get('x-single'), multi: res.get('X-Multi') });
});
app.get('/vary', (_req, res) => {
  res.vary('Accept').vary('Accept-Encoding').vary('accept');
  res.send('varied');
});
app.get('/links', (_req, res) => {
  res.links({ next: 'http://localhost/?page=2', last: 'http://localhost/?page=5' });
  res.sendStatus(200);
});
app.get('/types/:ext', (req, res) => { res.type(req.params.ext).send('typed'); });
app.get('/attachment', (_req, res) => { res.attachment('reports/summary 2024.csv').send('a,b\n1,2\n'); });
app.get('/remove', (_req, res) => {
  res.set('X-Temp', 'gone soon');
  res.removeHeader('X-Temp');
  res.setHeader('X-Raw', ['r1', 'r2']);
  res.json({ has: res.hasHeader('x-temp'), names: res.getHeaderNames().sort() });
});
app.get('/location', (_req, res) => { res.location('/a path/ü?x=1 2').status(201).end(); });
app.get('/content-type-set', (_req, res) => { res.set('Content-Type', 'json').send('{"raw": true}'); });

export default app;
