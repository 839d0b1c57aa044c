// Express 5 path syntax: named wildcards, optional segments, several params in
// one segment, and RegExp routes with capture groups.
import express from 'express';

const app = express();

app.get('/files/*filepath', (req, res) => { res.json({ filepath: req.params.filepath }); });
app.get('/items{/:id}', (req, res) => { res.json({ id: req.params.id ?? null }); });
app.get('/flights/:from-:to', (req, res) => { res.json(req.params); });
app.get('/version/:major.:minor', (req, res) => { res.json(req.params); });
app.get(/^\/re\/(\d+)$/, (req, res) => { res.json({ n: req.params[0] }); });
app.get(/^\/named\/(?<slug>[a-z-]+)$/, (req, res) => { res.json(req.params); });
app.get(['/alias-a', '/alias-b'], (req, res) => { res.send(req.path); });

export default app;
