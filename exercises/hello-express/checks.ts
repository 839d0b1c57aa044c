import { defineChecks } from '../../server/grader/checks.ts';

export default defineChecks([
  {
    id: 'home-says-welcome',
    title: "GET / answers 200 with the text 'Welcome to Stepwise'",
    concepts: ['express.routes', 'http.request-response'],
    async run({ request, expect }) {
      const res = await request.get('/');
      expect(res.status, 'the status of GET /').toBe(200);
      expect(res.text, 'the body of GET /').toBe('Welcome to Stepwise');
    },
  },
  {
    id: 'hello-sends-json',
    title: 'GET /hello answers JSON { message: "Hello, world!" }',
    concepts: ['http.json', 'express.routes'],
    async run({ request, expect }) {
      const res = await request.get('/hello');
      expect(res.status, 'the status of GET /hello').toBe(200);
      expect(res.headers['content-type'], 'the Content-Type header of GET /hello').toContain('application/json');
      expect(res.body, 'the JSON body of GET /hello').toEqual({ message: 'Hello, world!' });
    },
  },
  {
    id: 'echo-returns-body',
    title: 'POST /echo sends the JSON body back',
    concepts: ['express.body-parsing', 'http.json'],
    async run({ request, expect }) {
      const sent = { name: 'Ada', tags: ['node', 'express'], admin: false };
      const res = await request.post('/echo').send(sent);
      expect(res.status, 'the status of POST /echo').toBe(200);
      expect(res.body, 'the JSON body of POST /echo').toEqual(sent);
    },
  },
  {
    id: 'hello-only-answers-get',
    title: 'POST /hello answers 404: the /hello route is for GET only',
    concepts: ['http.methods', 'express.routes'],
    async run({ request, expect }) {
      const res = await request.post('/hello').send({});
      expect(res.status, 'the status of POST /hello').toBe(404);
    },
  },
]);
