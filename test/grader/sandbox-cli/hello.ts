// The sandbox CLI test's app: JSON, params, a body, a header and a 404.
import express from 'express';

const app = express();
app.use(express.json());
app.get('/hello/:name', (req, res) => { console.log(`hello ${req.params.name}`); res.set('X-Greeting', 'yes').json({ hello: req.params.name, query: req.query }); });
app.post('/echo', (req, res) => { res.status(201).json(req.body); });
app.get('/text', (_req, res) => { res.type('text').send('plain text'); });

export default app;
