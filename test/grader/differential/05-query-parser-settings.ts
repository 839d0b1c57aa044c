// A custom query parser function, and the query parser turned off on a sub-app.
import express from 'express';

const app = express();
// Express calls the parser with undefined when the URL has no query string.
app.set('query parser', (qs: string | undefined) => ({ raw: qs ?? null, parts: (qs ?? '').split('&').filter(Boolean).length }));
app.get('/custom', (req, res) => { res.json(req.query); });

const off = express();
off.set('query parser', false);
off.get('/off', (req, res) => { res.json({ query: req.query, url: req.url }); });
app.use('/sub', off);

export default app;
