// 'case sensitive routing' and 'strict routing' on a sub-app and a Router,
// against the defaults on the main app.
import express from 'express';

const app = express();
app.get('/Loose/Path', (req, res) => { res.json({ app: 'default', path: req.path }); });

const strict = express();
strict.set('case sensitive routing', true);
strict.set('strict routing', true);
strict.get('/Exact', (_req, res) => { res.send('exact'); });
strict.get('/slash/', (_req, res) => { res.send('with slash'); });
app.use('/strict', strict);

const router = express.Router({ caseSensitive: true, strict: true });
router.get('/Case', (_req, res) => { res.send('router case'); });
app.use('/router', router);

export default app;
