import jwt from 'jsonwebtoken';
import { defineChecks } from '../../server/grader/checks.ts';

const SECRET = 'stepwise-dev-secret';
const as = (sub: string) => `Bearer ${jwt.sign({ sub }, SECRET, { expiresIn: '1h' })}`;

export default defineChecks([
  {
    id: 'no-token-401',
    title: 'Without a valid token every route answers 401',
    concepts: ['auth.protected-routes', 'auth.authn-vs-authz'],
    async run({ request, expect }) {
      expect((await request.get('/documents')).status, 'GET /documents without a token').toBe(401);
      const none = await request.get('/documents/1');
      expect(none.status, 'GET /documents/1 without a token').toBe(401);
      expect(none.body, 'the body without a token').toEqual({ error: 'not authenticated' });
      const forged = `Bearer ${jwt.sign({ sub: '1' }, 'a-guessed-secret', { expiresIn: '1h' })}`;
      expect((await request.get('/documents/1').set('Authorization', forged)).status, 'GET /documents/1 with a token signed by another secret').toBe(401);
    },
  },
  {
    id: 'owner-can-read',
    title: 'The owner can read their document',
    concepts: ['auth.authn-vs-authz'],
    async run({ request, expect }) {
      const res = await request.get('/documents/1').set('Authorization', as('1'));
      expect(res.status, "the status of GET /documents/1 for its owner (user '1')").toBe(200);
      expect(res.body, 'the body').toEqual({ id: 1, title: 'Quarterly plan', body: 'Ship the billing rewrite.' });
    },
  },
  {
    id: 'list-only-own',
    title: "GET /documents lists only the caller's documents",
    concepts: ['auth.authn-vs-authz'],
    async run({ request, expect }) {
      const res = await request.get('/documents').set('Authorization', as('1'));
      expect(res.status, 'the status').toBe(200);
      expect(res.body, "user 1's list").toEqual([{ id: 1, title: 'Quarterly plan' }, { id: 3, title: 'Team offsite ideas' }]);
    },
  },
  {
    id: 'other-user-403',
    title: "Reading someone else's document answers 403, not 401 and not 200",
    concepts: ['auth.authn-vs-authz', 'rest-design.status-codes'],
    async run({ request, expect }) {
      const res = await request.get('/documents/2').set('Authorization', as('1'));
      expect(res.status, "the status when user 1 reads user 2's document").toBe(403);
      expect(res.body, 'the body').toEqual({ error: 'forbidden' });
    },
  },
  {
    id: 'missing-document-404',
    title: 'A document that does not exist answers 404',
    concepts: ['rest-design.status-codes'],
    async run({ request, expect }) {
      const res = await request.get('/documents/999').set('Authorization', as('1'));
      expect(res.status, 'the status of GET /documents/999').toBe(404);
      expect(res.body, 'the body').toEqual({ error: 'not found' });
    },
  },
  {
    id: 'owner-can-update',
    title: 'The owner can update their document',
    concepts: ['auth.authn-vs-authz'],
    async run({ request, expect, sql }) {
      const res = await request.put('/documents/3').set('Authorization', as('1')).send({ title: 'Offsite: Lisbon?', body: 'Trains from everywhere.' });
      expect(res.status, 'the status of PUT /documents/3 by its owner').toBe(200);
      expect(res.body, 'the body').toEqual({ id: 3, title: 'Offsite: Lisbon?', body: 'Trains from everywhere.' });
      const { rows } = await sql('SELECT title FROM documents WHERE id = 3', []);
      expect(rows[0]?.title, 'the title stored for document 3').toBe('Offsite: Lisbon?');
    },
  },
  {
    id: 'other-cannot-change',
    title: "Updating or deleting someone else's document answers 403 and changes nothing",
    concepts: ['auth.authn-vs-authz'],
    async run({ request, expect, sql, fail }) {
      const put = await request.put('/documents/4').set('Authorization', as('2')).send({ title: 'pwned', body: 'pwned' });
      expect(put.status, "the status when user 2 updates user 3's document").toBe(403);
      const after = await sql('SELECT title FROM documents WHERE id = 4', []);
      if (after.rows[0]?.title !== 'Passwords to rotate') {
        fail(`PUT /documents/4 answered ${put.status}, but the document's title is now ${JSON.stringify(after.rows[0]?.title)}: the change was made before (or without) checking who owns it.`);
      }
      const del = await request.delete('/documents/4').set('Authorization', as('2'));
      expect(del.status, "the status when user 2 deletes user 3's document").toBe(403);
      const still = await sql('SELECT id FROM documents WHERE id = 4', []);
      expect(still.rows.length, 'rows left with id 4 after the refused DELETE').toBe(1);
    },
  },
]);
