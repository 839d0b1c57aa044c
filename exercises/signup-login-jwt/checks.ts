import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { defineChecks } from '../../server/grader/checks.ts';

const SECRET = 'stepwise-dev-secret';
const alice = { email: 'alice@example.com', password: 'correct horse battery' };

export default defineChecks([
  {
    id: 'signup-201',
    title: 'POST /signup creates the user and answers 201 { id, email } without the hash',
    concepts: ['auth.password-hashing'],
    timeoutMs: 3000,
    async run({ request, expect }) {
      const res = await request.post('/signup').send(alice);
      expect(res.status, 'the status').toBe(201);
      expect(res.body, 'the body').toMatchObject({ email: alice.email });
      expect(Object.keys(res.body as object).sort(), 'the fields in the body').toEqual(['email', 'id']);
    },
  },
  {
    id: 'stores-a-hash',
    title: 'The database holds a bcrypt hash of the password, not the password',
    concepts: ['auth.password-hashing'],
    async run({ sql, expect }) {
      const { rows } = await sql('SELECT password_hash FROM users WHERE email = $1', [alice.email]);
      const hash = String(rows[0]?.password_hash ?? '');
      expect(hash, 'the stored password_hash').not.toBe(alice.password);
      // The real native bcrypt must accept what the sandboxed one produced.
      expect(hash.startsWith('$2') && await bcrypt.compare(alice.password, hash), 'whether the stored value is a bcrypt hash of the password').toBe(true);
    },
  },
  {
    id: 'duplicate-email-409',
    title: 'Signing up twice with the same email answers 409',
    concepts: ['auth.password-hashing'],
    timeoutMs: 3000,
    async run({ request, expect }) {
      const res = await request.post('/signup').send(alice);
      expect(res.status, 'the status').toBe(409);
    },
  },
  {
    id: 'login-returns-jwt',
    title: 'POST /login answers a JWT that real jsonwebtoken verifies',
    concepts: ['auth.sessions-vs-jwt', 'security.secrets'],
    timeoutMs: 3000,
    async run({ request, expect }) {
      const res = await request.post('/login').send(alice);
      expect(res.status, 'the status').toBe(200);
      let payload: jwt.JwtPayload | string = '';
      try { payload = jwt.verify(String(res.body.token), SECRET, { algorithms: ['HS256'] }); } catch (e) { expect((e as Error).message, 'verifying the token').toBe('a valid token'); }
      expect(payload, 'the token payload').toMatchObject({ email: alice.email, sub: '1' });
      const p = payload as jwt.JwtPayload;
      expect((p.exp ?? 0) - (p.iat ?? 0), 'seconds between iat and exp').toBe(3600);
    },
  },
  {
    id: 'wrong-password-401',
    title: 'POST /login with a wrong password answers 401',
    concepts: ['auth.password-hashing'],
    timeoutMs: 3000,
    async run({ request, expect }) {
      const res = await request.post('/login').send({ email: alice.email, password: 'wrong' });
      expect(res.status, 'the status').toBe(401);
    },
  },
  {
    id: 'me-with-token',
    title: 'GET /me with a valid token answers the user',
    concepts: ['auth.protected-routes'],
    async run({ request, expect }) {
      const token = jwt.sign({ sub: '1', email: alice.email }, SECRET, { expiresIn: '1h' });
      const res = await request.get('/me').set('Authorization', `Bearer ${token}`);
      expect(res.status, 'the status').toBe(200);
      expect(res.body, 'the body').toEqual({ id: 1, email: alice.email });
      const none = await request.get('/me');
      expect(none.status, 'the status without a token').toBe(401);
    },
  },
  {
    id: 'rejects-forged-token',
    title: 'GET /me with a token signed by another secret answers 401',
    concepts: ['auth.protected-routes', 'auth.sessions-vs-jwt'],
    async run({ request, expect }) {
      const forged = jwt.sign({ sub: '1', email: alice.email }, 'not-the-secret', { expiresIn: '1h' });
      const res = await request.get('/me').set('Authorization', `Bearer ${forged}`);
      expect(res.status, 'the status').toBe(401);
    },
  },
  {
    id: 'rejects-expired-token',
    title: 'GET /me with an expired token answers 401',
    concepts: ['auth.protected-routes', 'auth.sessions-vs-jwt'],
    async run({ request, expect }) {
      const expired = jwt.sign({ sub: '1', email: alice.email, exp: Math.floor(Date.now() / 1000) - 60 }, SECRET);
      const res = await request.get('/me').set('Authorization', `Bearer ${expired}`);
      expect(res.status, 'the status').toBe(401);
    },
  },
]);
