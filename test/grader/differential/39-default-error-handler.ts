// The default error handler's page: Express writes the error's stack in
// development and only the status text in production.
import express from 'express';

const app = express();
app.use(express.json({ limit: '16b' }));

app.get('/throw', () => { throw new Error('boom'); });
app.get('/next-error', (_req, _res, next) => { next(Object.assign(new Error('gone'), { status: 410 })); });
app.get('/async', async () => { throw new TypeError('async boom'); });
app.post('/json', (req, res) => { res.json(req.body); });
app.get('/env', (req, res) => { res.json({ env: req.app.get('env') }); });

export default app;
