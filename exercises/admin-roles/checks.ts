import jwt from 'jsonwebtoken';
import { defineChecks } from '../../server/grader/checks.ts';

const SECRET = 'stepwise-dev-secret';
const token = (sub: string, role: string) => jwt.sign({ sub, role }, SECRET, { expiresIn: '1h' });

export default defineChecks([
  {
    id: 'no-token-401',
    title: 'Without a token, both routes answer 401',
    concepts: ['auth.protected-routes', 'auth.authn-vs-authz'],
    async run({ request, expect }) {
      expect((await request.get('/api/profile')).status, 'GET /api/profile').toBe(401);
      expect((await request.get('/api/admin/stats')).status, 'GET /api/admin/stats').toBe(401);
    },
  },
  {
    id: 'bad-token-401',
    title: 'A token signed with another secret answers 401',
    concepts: ['auth.protected-routes'],
    async run({ request, expect }) {
      const forged = jwt.sign({ sub: '7', role: 'admin' }, 'guess', { expiresIn: '1h' });
      const res = await request.get('/api/admin/stats').set('Authorization', `Bearer ${forged}`);
      expect(res.status, 'the status').toBe(401);
    },
  },
  {
    id: 'profile-for-users',
    title: 'GET /api/profile answers the id and role from the token',
    concepts: ['auth.protected-routes', 'express.middleware'],
    async run({ request, expect }) {
      const res = await request.get('/api/profile').set('Authorization', `Bearer ${token('7', 'user')}`);
      expect(res.status, 'the status').toBe(200);
      expect(res.body, 'the body').toEqual({ id: '7', role: 'user' });
    },
  },
  {
    id: 'user-gets-403',
    title: 'A logged-in user without the admin role gets 403, not 401',
    concepts: ['auth.authn-vs-authz', 'auth.roles'],
    async run({ request, expect }) {
      const res = await request.get('/api/admin/stats').set('Authorization', `Bearer ${token('7', 'user')}`);
      expect(res.status, 'the status').toBe(403);
      expect(res.body, 'the body').toEqual({ error: 'forbidden' });
    },
  },
  {
    id: 'admin-allowed',
    title: 'An admin gets the stats',
    concepts: ['auth.roles'],
    async run({ request, expect }) {
      const res = await request.get('/api/admin/stats').set('Authorization', `Bearer ${token('1', 'admin')}`);
      expect(res.status, 'the status').toBe(200);
      expect(res.body, 'the body').toEqual({ users: 42 });
    },
  },
  {
    id: 'role-comes-from-token',
    title: 'A user cannot become admin by sending an X-Role header',
    concepts: ['auth.roles', 'auth.authn-vs-authz'],
    async run({ request, expect }) {
      const res = await request.get('/api/admin/stats').set('Authorization', `Bearer ${token('7', 'user')}`).set('X-Role', 'admin');
      expect(res.status, 'the status').not.toBe(200);
      expect(res.body, 'the body').not.toEqual({ users: 42 });
    },
  },
]);
