// What res.send/res.json/res.end make of strings, Buffers, objects, arrays,
// null, numbers and booleans: content types, lengths and ETags.
import express from 'express';

const app = express();

app.get('/string', (_req, res) => { res.send('<h1>hi</h1>'); });
app.get('/empty-string', (_req, res) => { res.send(''); });
app.get('/buffer', (_req, res) => { res.send(Buffer.from([0x68, 0x69, 0x00, 0xff])); });
app.get('/buffer-typed', (_req, res) => { res.type('png').send(Buffer.from('fake png')); });
app.get('/object', (_req, res) => { res.send({ a: 1, nested: { b: [1, 2] } }); });
app.get('/array', (_req, res) => { res.send([1, 'two', null]); });
app.get('/null', (_req, res) => { res.json(null); });
app.get('/send-null', (_req, res) => { res.send(null); });
app.get('/number', (_req, res) => { res.json(42); });
app.get('/boolean', (_req, res) => { res.send(true); });
app.get('/json-string', (_req, res) => { res.json('a string'); });
app.get('/end', (_req, res) => { res.end('ended'); });
app.get('/end-empty', (_req, res) => { res.status(202).end(); });
app.get('/undefined', (_req, res) => { res.send(undefined); });
app.get('/text-with-type', (_req, res) => { res.type('text/plain').send('plain'); });
app.get('/charset', (_req, res) => { res.set('Content-Type', 'text/html; charset=iso-8859-1').send('caf\u00e9'); });

export default app;
