// JSON details: unicode, escapes, U+2028, lone surrogates, -0, big numbers,
// undefined and functions dropped, toJSON, Dates, and the json settings.
import express from 'express';

const app = express();
app.use(express.json());

app.get('/unicode', (_req, res) => { res.json({ emoji: '\u{1F600}', cjk: '\u4F60\u597D', accents: 'caf\u00e9 na\u00efve', ls: 'a\u2028b', lone: '\uD800', quote: '"\\/' }); });
app.get('/numbers', (_req, res) => { res.json({ negZero: -0, big: 2 ** 64, tiny: 1e-7, nan: NaN, inf: Infinity, max: Number.MAX_SAFE_INTEGER }); });
app.get('/dropped', (_req, res) => { res.json({ u: undefined, f: () => 1, s: Symbol('x'), arr: [undefined, () => 1], nul: null }); });
app.get('/dates', (_req, res) => { res.json({ at: new Date(Date.UTC(2024, 1, 29, 12, 30)), custom: { toJSON: () => 'custom!' } }); });
app.post('/echo', (req, res) => { res.json({ body: req.body, keys: Object.keys(req.body ?? {}) }); });

const pretty = express();
pretty.set('json spaces', 2);
pretty.set('json escape', true);
pretty.set('json replacer', (key: string, value: unknown) => (key === 'secret' ? undefined : value));
pretty.get('/', (_req, res) => { res.json({ html: '<script>&</script>', secret: 'hidden', list: [1, { a: 2 }] }); });
app.use('/pretty', pretty);

export default app;
