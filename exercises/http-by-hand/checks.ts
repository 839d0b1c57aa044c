import { defineChecks } from '../../server/grader/checks.ts';

// One concept per check, and each check asserts only what its concept is about, so a failure
// points at a single HTTP idea (and never at Express, which this exercise does not use).
// The 405 and the 400 sit in the methods and JSON checks: picking them is part of those ideas.
export default defineChecks([
  {
    id: 'ping-answers-pong',
    title: "GET /ping answers 200 with the text 'pong'",
    concepts: ['http.request-response'],
    async run({ request, expect }) {
      const res = await request.get('/ping');
      expect(res.status, 'the status of GET /ping').toBe(200);
      expect(res.text, 'the body of GET /ping').toBe('pong');
    },
  },
  {
    id: 'hello-reads-name-header',
    title: 'GET /hello greets the name in the X-Name request header, however the client spells the header name',
    concepts: ['http.headers'],
    async run({ request, expect }) {
      const ada = await request.get('/hello').set('X-Name', 'Ada');
      expect(ada.text, 'the body of GET /hello sent with "X-Name: Ada"').toBe('Hello, Ada!');
      const grace = await request.get('/hello').set('x-name', 'Grace');
      expect(grace.text, 'the body of GET /hello sent with "x-name: Grace"').toBe('Hello, Grace!');
      const nobody = await request.get('/hello');
      expect(nobody.text, 'the body of GET /hello sent without X-Name').toBe('Hello, stranger!');
    },
  },
  {
    id: 'notes-refuses-other-methods',
    title: 'DELETE and PUT on /notes answer 405 with an Allow header listing GET and POST',
    concepts: ['http.methods'],
    async run({ request, expect }) {
      for (const method of ['delete', 'put'] as const) {
        const res = await request[method]('/notes');
        const name = `${method.toUpperCase()} /notes`;
        expect(res.status, `the status of ${name}`).toBe(405);
        const allow = String(res.headers.allow ?? '').split(',').map((m) => m.trim().toUpperCase());
        expect(allow, `the methods in the Allow header of ${name}`).toContain('GET');
        expect(allow, `the methods in the Allow header of ${name}`).toContain('POST');
      }
    },
  },
  {
    id: 'unknown-path-answers-404',
    title: 'A path the server does not know answers 404',
    concepts: ['http.status-codes'],
    async run({ request, expect }) {
      const res = await request.get('/nothing-here');
      expect(res.status, 'the status of GET /nothing-here').toBe(404);
    },
  },
  {
    id: 'created-note-answers-201',
    title: 'POST /notes with a valid note answers 201 Created',
    concepts: ['http.status-codes'],
    async run({ request, expect }) {
      const res = await request.post('/notes').send({ text: 'Water the plants' });
      expect(res.status, 'the status of POST /notes').toBe(201);
    },
  },
  {
    id: 'notes-list-is-json',
    title: 'GET /notes answers a JSON array, labelled Content-Type: application/json',
    concepts: ['http.json'],
    async run({ request, expect }) {
      const res = await request.get('/notes');
      expect(res.headers['content-type'], 'the Content-Type header of GET /notes').toContain('application/json');
      expect(Array.isArray(res.body), 'the body of GET /notes is a JSON array').toBe(true);
    },
  },
  {
    id: 'new-note-comes-back-as-json',
    title: 'POST /notes reads the JSON body and answers the new note as JSON',
    concepts: ['http.json'],
    async run({ request, expect }) {
      const res = await request.post('/notes').send({ text: 'Buy milk' });
      expect(res.headers['content-type'], 'the Content-Type header of POST /notes').toContain('application/json');
      expect(res.body, 'the JSON body of POST /notes').toMatchObject({ text: 'Buy milk' });
      expect(typeof (res.body as { id?: unknown }).id, 'the type of "id" in the JSON body of POST /notes').toBe('number');
    },
  },
  {
    // Last on purpose: a JSON.parse nobody catches crashes the server, and the checks
    // after it could not run. Here the learner still gets every other check's verdict.
    id: 'broken-json-answers-400',
    title: 'POST /notes with a body that is not valid JSON answers 400',
    concepts: ['http.json'],
    async run({ request, expect }) {
      const res = await request.post('/notes').set('Content-Type', 'application/json').send('{"text": "Buy milk"');
      expect(res.status, 'the status of POST /notes with a broken JSON body').toBe(400);
    },
  },
]);
