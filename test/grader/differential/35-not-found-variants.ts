// The default 404 for different methods and for paths with characters the
// page must escape; a custom 404 handler on a sub-path; x-powered-by off/on.
import express from 'express';

const app = express();
app.get('/exists', (_req, res) => { res.send('yes'); });

const api = express.Router();
api.get('/known', (_req, res) => { res.json({ known: true }); });
api.use((req, res) => { res.status(404).json({ error: `no route for ${req.method} ${req.originalUrl}` }); });
app.use('/api', api);

export default app;
