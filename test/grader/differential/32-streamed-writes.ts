// res.write in pieces, res.writeHead, and headers read back after writing.
import express from 'express';

const app = express();

app.get('/chunks', (_req, res) => {
  res.type('text/plain');
  res.write('one,');
  res.write(Buffer.from('two,'));
  res.end('three');
});
app.get('/write-head', (_req, res) => {
  res.writeHead(207, { 'Content-Type': 'application/json', 'X-From': 'writeHead' });
  res.end(JSON.stringify({ multi: true }));
});
app.get('/write-head-message', (_req, res) => {
  res.writeHead(200, 'Fine Thanks', { 'X-Reason': 'custom' });
  res.end('ok');
});
app.get('/headers-sent', (_req, res) => {
  const before = res.headersSent;
  res.status(200).set('Content-Length', '10');
  res.write('0123456789');
  res.end();
  void before;
});

export default app;
