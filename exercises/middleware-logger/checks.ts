import { defineChecks } from '../../server/grader/checks.ts';

const KEY = 'let-me-in';

export default defineChecks([
  {
    id: 'ping-works',
    title: 'GET /ping answers pong without any key',
    concepts: ['express.middleware', 'express.routes'],
    async run({ request, expect }) {
      const res = await request.get('/ping');
      expect(res.status, 'the status of GET /ping').toBe(200);
      expect(res.text, 'the body of GET /ping').toBe('pong');
    },
  },
  {
    id: 'logs-each-request',
    title: "Logs 'GET /ping 200' for a request a route answered",
    concepts: ['express.middleware'],
    async run({ request, expect, output }) {
      await request.get('/ping');
      expect(await output(), 'the lines your app logged').toContain('GET /ping 200');
    },
  },
  {
    id: 'logs-final-status',
    title: "Logs the final status: 'GET /missing 404' for an unknown route",
    concepts: ['express.middleware', 'http.status-codes'],
    async run({ request, expect, output }) {
      const res = await request.get('/missing');
      expect(res.status, 'the status of GET /missing').toBe(404);
      expect(await output(), 'the lines your app logged').toContain('GET /missing 404');
    },
  },
  {
    id: 'admin-needs-key',
    title: 'POST /admin/announcements without the right key answers 401',
    concepts: ['express.middleware', 'http.headers', 'http.status-codes'],
    async run({ request, expect }) {
      const none = await request.post('/admin/announcements').send({ text: 'hello' });
      expect(none.status, 'the status without an X-Api-Key header').toBe(401);
      expect(none.body, 'the body without an X-Api-Key header').toEqual({ error: 'unauthorized' });
      const wrong = await request.post('/admin/announcements').set('X-Api-Key', 'guess').send({ text: 'hello' });
      expect(wrong.status, 'the status with X-Api-Key: guess').toBe(401);
    },
  },
  {
    id: 'admin-with-key',
    title: 'With X-Api-Key: let-me-in, POST /admin/announcements creates one (201)',
    concepts: ['http.headers', 'express.middleware'],
    async run({ request, expect }) {
      const res = await request.post('/admin/announcements').set('X-Api-Key', KEY).send({ text: 'Maintenance at 6pm' });
      expect(res.status, 'the status with the right key').toBe(201);
      expect(res.body, 'the body with the right key').toMatchObject({ text: 'Maintenance at 6pm' });
      const list = await request.get('/announcements');
      const texts = (Array.isArray(list.body) ? list.body as Array<{ text?: unknown }> : []).map((a) => a.text);
      expect(texts, 'the texts in GET /announcements').toContain('Maintenance at 6pm');
    },
  },
  {
    id: 'rejected-request-changes-nothing',
    title: 'A refused request creates nothing: the 401 stops the request',
    concepts: ['express.middleware'],
    async run({ request, expect }) {
      const res = await request.post('/admin/announcements').send({ text: 'Free pizza (not really)' });
      expect(res.status, 'the status without a key').toBe(401);
      const list = await request.get('/announcements');
      expect(list.status, 'the status of GET /announcements').toBe(200);
      const texts = (Array.isArray(list.body) ? list.body as Array<{ text?: unknown }> : []).map((a) => a.text);
      expect(texts, 'the texts in GET /announcements after the refused request').not.toContain('Free pizza (not really)');
    },
  },
]);
