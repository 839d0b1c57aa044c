// The snapshot's warm-up: runs in a throwaway context while the snapshot is built, never in
// the context isolates start from. It drives one small app through the driver the way a
// grading does (Express routing, bodies, errors, jsonwebtoken, bcrypt, db, fakes, the
// clock), so V8 compiles those functions once and the snapshot keeps their bytecode: a
// fresh isolate then serves its first request without compiling Express again. Nothing it
// creates is reachable from the snapshot's context.
export const WARMUP_SCRIPT = String.raw`(() => {
  const boot = globalThis.__stepwise_boot;
  if (typeof boot !== 'function') return;
  const sql = [];
  const hostIo = (op, a, b) => {
    if (op === 'sql') sql.push(a);
    if (op === 'fake') return JSON.stringify({ delayMs: 5, value: { id: 1, name: 'a' } });
    return '';
  };
  const api = boot(hostIo, '00000000000000000000000000000000', JSON.stringify({
    epochMs: 1700000000000, consoleChars: 65536, bodyChars: 65536, valueChars: 65536, requestTimeoutMs: 2000,
    modules: ['express', 'db', 'bcrypt', 'jsonwebtoken'],
  }));
  const pump = () => {
    for (let i = 0; i < 10000; i++) {
      while (sql.length) api.complete(sql.shift(), JSON.stringify({ rows: [{ id: '1', name: 'a', password_hash: hashed }], rowCount: 1, fields: [{ name: 'id', dataTypeID: 20 }] }));
      const s = api.step();
      if (s.startsWith('idle')) return;
    }
  };
  let hashed = '';
  const factory = function (exports, require, module) {
    'use strict';
    // Each runtime variant has only some libraries: warm what this one has.
    const optional = (name) => { try { return require(name); } catch { return undefined; } };
    module.exports.fetchAll = async (ids, get) => Promise.all(ids.map((id) => get(id)));
    module.exports.later = (ms) => new Promise((resolve) => setTimeout(() => resolve(ms), ms));
    const express = optional('express');
    if (!express) return;
    const bcrypt = optional('bcrypt');
    const jwt = optional('jsonwebtoken');
    const { db } = require('db');
    if (bcrypt) hashed = bcrypt.hashSync('secret', 4);
    const app = express();
    app.use(express.json());
    app.use(express.urlencoded({ extended: false }));
    app.use((req, res, next) => { console.log(req.method, req.path, req.query); next(); });
    const router = express.Router();
    router.get('/:id', (req, res) => {
      const id = Number(req.params.id);
      if (id === 404) return res.status(404).json({ error: 'not found' });
      res.set('X-Id', String(id)).json({ id, q: req.query.q ?? null });
    });
    router.post('/', (req, res) => {
      if (!req.body || typeof req.body.title !== 'string') return res.status(400).json({ error: 'title is required' });
      res.status(201).location('/items/1').json({ id: 1, title: req.body.title.trim() });
    });
    router.put('/:id', (req, res) => res.send('updated ' + req.params.id));
    router.delete('/:id', (req, res) => res.sendStatus(204));
    app.use('/items', router);
    app.get('/text', (req, res) => res.type('text').send('hello'));
    app.get('/cookie', (req, res) => res.cookie('a', 'b', { httpOnly: true }).redirect('/items/1'));
    app.get('/boom', (req, res, next) => next(new Error('boom')));
    app.get('/throw', async () => { throw Object.assign(new Error('bad'), { status: 422 }); });
    if (bcrypt && jwt) app.post('/signup', async (req, res) => {
      const hash = await bcrypt.hash(String(req.body.password), 4);
      const r = await db.query('INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id', [req.body.email, hash]);
      res.status(201).json(r.rows[0]);
    });
    if (bcrypt && jwt) app.post('/login', async (req, res) => {
      const r = await db.query('SELECT id, password_hash FROM users WHERE email = $1', [req.body.email]);
      const ok = await bcrypt.compare(String(req.body.password), r.rows[0].password_hash);
      if (!ok) return res.status(401).json({ error: 'invalid' });
      res.json({ token: jwt.sign({ sub: '1', role: 'admin' }, 'secret', { expiresIn: '1h' }) });
    });
    if (jwt) app.get('/me', (req, res) => {
      try {
        const h = req.get('authorization') || '';
        res.json(jwt.verify(h.replace('Bearer ', ''), 'secret'));
      } catch (e) {
        res.status(401).json({ error: e.message });
      }
    });
    app.use((err, req, res, next) => { res.status(err.status || 500).json({ error: err.message }); });
    module.exports.default = app;
  };
  api.load(factory);
  pump();
  const types = JSON.parse(api.exportTypes(JSON.stringify(['default', 'fetchAll', 'later']))).types || {};
  let id = 0;
  const b64 = (s) => { let out = ''; const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'; for (let i = 0; i < s.length; i += 3) { const n = (s.charCodeAt(i) << 16) | ((s.charCodeAt(i + 1) || 0) << 8) | (s.charCodeAt(i + 2) || 0); out += a[(n >> 18) & 63] + a[(n >> 12) & 63] + (i + 1 < s.length ? a[(n >> 6) & 63] : '=') + (i + 2 < s.length ? a[n & 63] : '='); } return out; };
  const send = (method, url, body, headers = []) => {
    const h = [['Host', '127.0.0.1'], ['User-Agent', 'node-superagent/10'], ['Accept-Encoding', 'gzip, deflate'], ['Connection', 'close'], ...headers];
    if (body !== undefined) h.push(['Content-Type', 'application/json'], ['Content-Length', String(body.length)]);
    api.request(String(++id), JSON.stringify({ method, url, headers: h, body: body === undefined ? '' : b64(body) }));
    pump();
  };
  for (let round = 0; round < (types.default === 'function' ? 3 : 0); round++) {
    send('GET', '/items/2?q=x');
    send('GET', '/items/404');
    send('POST', '/items', '{"title":" a "}');
    send('POST', '/items', '{}');
    send('PUT', '/items/3', '{"title":"b"}');
    send('DELETE', '/items/3');
    send('GET', '/text');
    send('GET', '/cookie');
    send('GET', '/boom');
    send('GET', '/throw');
    send('GET', '/nothing-here');
    send('POST', '/signup', '{"email":"a@b.c","password":"pw"}');
    send('POST', '/login', '{"email":"a@b.c","password":"secret"}');
    send('GET', '/me', undefined, [['Authorization', 'Bearer x.y.z']]);
  }
  api.call(String(++id), 'fetchAll', JSON.stringify([{ value: [1, 2] }, { fake: { id: 'f1', style: 'promise' } }]));
  pump();
  api.call(String(++id), 'later', JSON.stringify([{ value: 10 }]));
  pump();
  api.takeConsole();
})();`;
