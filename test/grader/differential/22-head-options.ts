// HEAD is answered by GET routes without a body, unless a HEAD route comes
// first; OPTIONS is answered with Allow unless the app handles it.
import express from 'express';

const app = express();

app.get('/resource', (_req, res) => { res.set('X-Handler', 'get').json({ big: 'body that HEAD must not send' }); });
app.post('/resource', (_req, res) => { res.sendStatus(201); });
app.head('/explicit', (_req, res) => { res.set('X-Handler', 'head').end(); });
app.get('/explicit', (_req, res) => { res.set('X-Handler', 'get').send('get body'); });
app.options('/custom-options', (_req, res) => { res.set('Allow', 'GET, TRACE').status(204).end(); });
app.get('/custom-options', (_req, res) => { res.send('ok'); });
app.get('/text', (_req, res) => { res.send('some text'); });

export default app;
