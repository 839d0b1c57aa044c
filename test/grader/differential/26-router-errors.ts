// Error middleware inside a router handles only that router's errors;
// router.use/router.all middleware and nested mounts.
import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();

const api = express.Router();
api.use((req, res, next) => { res.set('X-Api-Version', '2'); next(); });
api.get('/fail', () => { throw new Error('api failure'); });
api.get('/fine', (_req, res) => { res.json({ ok: true }); });
api.all('/any', (req, res) => { res.json({ method: req.method }); });
api.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(502).json({ router: 'api', message: err.message });
});

const other = express.Router();
other.get('/fail', () => { throw new Error('other failure'); });

app.use('/api/v2', api);
app.use('/other', other);
app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ router: 'app', message: err.message });
});

export default app;
