import jwt from 'jsonwebtoken';
import { defineChecks } from '../../server/grader/checks.ts';

const SECRET = 'stepwise-dev-secret';
const token = (sub: string) => jwt.sign({ sub }, SECRET, { expiresIn: '1h' });
const bearer = (t: string) => `Bearer ${t}`;
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

export default defineChecks([
  {
    id: 'public-route-open',
    title: 'GET /health stays open to everyone, without a token',
    concepts: ['express.middleware'],
    async run({ request, expect }) {
      const res = await request.get('/health');
      expect(res.status, 'the status of GET /health without a token').toBe(200);
      expect(res.body, 'the body of GET /health').toEqual({ ok: true });
    },
  },
  {
    id: 'missing-token-401',
    title: "Without an Authorization header, /api/notes answers 401 { error: 'missing token' }",
    concepts: ['auth.protected-routes', 'http.headers'],
    async run({ request, expect }) {
      const res = await request.get('/api/notes');
      expect(res.status, 'the status of GET /api/notes without a token').toBe(401);
      expect(res.body, 'the body').toEqual({ error: 'missing token' });
      await expect(res.headers['www-authenticate'], 'the WWW-Authenticate header').toMatch(/^Bearer/);
      const me = await request.get('/api/me');
      expect(me.status, 'the status of GET /api/me without a token').toBe(401);
    },
  },
  {
    id: 'valid-token-200',
    title: "With a valid token, /api/me and /api/notes answer the caller's data",
    concepts: ['auth.protected-routes', 'auth.sessions-vs-jwt'],
    async run({ request, expect }) {
      const me = await request.get('/api/me').set('Authorization', bearer(token('2')));
      expect(me.status, 'the status of GET /api/me with a valid token for user 2').toBe(200);
      expect(me.body, 'the body of GET /api/me').toEqual({ id: '2' });
      const res = await request.get('/api/notes').set('Authorization', bearer(token('2')));
      expect(res.body, "user 2's notes").toEqual([{ id: 2, text: 'Call the plumber' }, { id: 3, text: 'Renew passport' }]);
    },
  },
  {
    id: 'invalid-token-401',
    title: 'A token with a bad signature, or no Bearer token at all, answers 401 (not 403, not 500)',
    concepts: ['auth.protected-routes', 'auth.sessions-vs-jwt'],
    async run({ request, expect }) {
      const forged = jwt.sign({ sub: '1' }, 'a-guessed-secret', { expiresIn: '1h' });
      const cases: Array<[string, string]> = [
        ['a token signed with another secret', bearer(forged)],
        ['Bearer not-a-jwt', 'Bearer not-a-jwt'],
        ['a Basic header', 'Basic YWxpY2U6c2VjcmV0'],
      ];
      for (const [what, header] of cases) {
        const res = await request.get('/api/notes').set('Authorization', header);
        expect(res.status, `the status with ${what}`).toBe(401);
        expect(res.body, `the body with ${what}`).toEqual({ error: 'invalid token' });
      }
    },
  },
  {
    id: 'expired-token-401',
    title: 'An expired token answers 401',
    concepts: ['auth.sessions-vs-jwt'],
    async run({ request, expect }) {
      const expired = jwt.sign({ sub: '1', exp: Math.floor(Date.now() / 1000) - 60 }, SECRET);
      const res = await request.get('/api/notes').set('Authorization', bearer(expired));
      expect(res.status, 'the status with a token that expired a minute ago').toBe(401);
      expect(res.body, 'the body').toEqual({ error: 'invalid token' });
    },
  },
  {
    id: 'alg-none-refused',
    title: 'An unsigned token (alg "none") is refused with 401',
    concepts: ['auth.sessions-vs-jwt'],
    async run({ request, expect }) {
      const unsigned = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ sub: '1', iat: Math.floor(Date.now() / 1000) })}.`;
      const res = await request.get('/api/notes').set('Authorization', bearer(unsigned));
      expect(res.status, 'the status with an unsigned token claiming to be user 1').toBe(401);
    },
  },
  {
    id: 'notes-belong-to-token-user',
    title: "The token decides whose notes you get: ?userId=1 does not show user 1's notes to user 2",
    concepts: ['auth.protected-routes'],
    async run({ request, expect }) {
      const res = await request.get('/api/notes?userId=1').set('Authorization', bearer(token('2')));
      expect(res.status, 'the status').toBe(200);
      expect(res.body, "the notes user 2 gets when asking for ?userId=1").toEqual([{ id: 2, text: 'Call the plumber' }, { id: 3, text: 'Renew passport' }]);
    },
  },
]);
