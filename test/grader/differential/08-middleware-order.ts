// Middleware runs in registration order; next() passes on, next('route') skips
// the rest of a route's handlers, next('router') leaves a router.
import express from 'express';

const app = express();

app.use((req, res, next) => { res.locals.trail = ['global']; next(); });
app.use('/api', (req, res, next) => { (res.locals.trail as string[]).push(`api:${req.path}`); next(); });

app.get('/api/skip/:n',
  (req, res, next) => { (res.locals.trail as string[]).push('first'); if (req.params.n === '0') next('route'); else next(); },
  (req, res) => { res.json({ handler: 'second', trail: res.locals.trail }); });
app.get('/api/skip/:n', (req, res) => { res.json({ handler: 'next route', trail: res.locals.trail }); });

const router = express.Router();
router.use((req, res, next) => { (res.locals.trail as string[]).push('router'); if (req.query.leave) next('router'); else next(); });
router.get('/thing', (req, res) => { res.json({ from: 'router', trail: res.locals.trail }); });
app.use('/api', router);
app.get('/api/thing', (req, res) => { res.json({ from: 'app', trail: res.locals.trail }); });

app.get('/late', (req, res) => { res.json({ trail: res.locals.trail }); });
app.use((req, res, next) => { (res.locals.trail as string[]).push('never for /late'); next(); });

export default app;
