// The http scaffold: a tiny greetings API. Two wrong solutions, one misconception each,
// and every check fails on one of them, so the checker accepts it as generated.
import type { Template } from './index.ts';

const app = (hello: string, byName: string, post: string): string => `import express from 'express';

const app = express();
app.use(express.json());

app.get('/hello', (_req, res) => {
  ${hello}
});

app.get('/hello/:name', (req, res) => {
  ${byName}
});

app.post('/greetings', (req, res) => {
  const name: unknown = req.body?.name;
${post}
});

export default app;
`;

const statuses = `  if (typeof name !== 'string' || name === '') res.status(400).json({ error: 'name is required' });
  else res.status(201).json({ name });`;

export const http: Template = {
  topic: 'express',
  concepts: ['express.routes', 'express.params', 'express.body-parsing', 'http.status-codes'],
  prompt: `Build an Express app and \`export default app\`:

- \`GET /hello\` answers \`{ "message": "hello" }\`.
- \`GET /hello/:name\` answers \`{ "message": "hello <name>" }\`.
- \`POST /greetings\` with a JSON body \`{ "name": "..." }\` answers \`201\` with \`{ "name": "..." }\`;
  without a non-empty \`name\` it answers \`400\` with \`{ "error": "name is required" }\`.

You do not need \`app.listen()\`: the grader sends requests straight to your app.
`,
  hints: [
    'res.json(value) sends any object as JSON with the right Content-Type.',
    'A path like /hello/:name puts that part of the URL in req.params.name; req.body needs express.json().',
    'Set the status before sending: res.status(201).json({ name }) or res.status(400).json({ error: ... }).',
  ],
  starter: `import express from 'express';

const app = express();
app.use(express.json());

// TODO: add GET /hello, GET /hello/:name and POST /greetings

export default app;
`,
  solution: app(`res.json({ message: 'hello' });`, 'res.json({ message: `hello ${req.params.name}` });', statuses),
  wrong: [
    {
      file: 'text-and-query.ts',
      misconception: 'Sends plain text instead of JSON, and looks for the name in the query string instead of the path.',
      fails: ['says-hello', 'greets-by-name'],
      code: app(`res.send('hello');`, 'res.json({ message: `hello ${String(req.query.name)}` });', statuses),
    },
    {
      file: 'always-200.ts',
      misconception: 'Answers 200 to everything, even when something was created or the request was invalid.',
      fails: ['creates-greeting', 'rejects-missing-name'],
      code: app(
        `res.json({ message: 'hello' });`,
        'res.json({ message: `hello ${req.params.name}` });',
        `  if (typeof name !== 'string' || name === '') res.json({ error: 'name is required' });
  else res.json({ name });`,
      ),
    },
  ],
  checks: `export default defineChecks([
  {
    id: 'says-hello',
    title: 'GET /hello answers { "message": "hello" } as JSON',
    concepts: ['express.routes', 'http.json'],
    async run({ request, expect }) {
      const res = await request.get('/hello');
      expect(res.status, 'the status').toBe(200);
      expect(res.body, 'the body').toEqual({ message: 'hello' });
    },
  },
  {
    id: 'greets-by-name',
    title: 'GET /hello/ada answers { "message": "hello ada" }',
    concepts: ['express.params'],
    async run({ request, expect }) {
      const res = await request.get('/hello/ada');
      expect(res.body, 'the body').toEqual({ message: 'hello ada' });
    },
  },
  {
    id: 'creates-greeting',
    title: 'POST /greetings answers 201 with the name',
    concepts: ['express.body-parsing', 'http.status-codes'],
    async run({ request, expect }) {
      const res = await request.post('/greetings').send({ name: 'ada' });
      expect(res.status, 'the status').toBe(201);
      expect(res.body, 'the body').toEqual({ name: 'ada' });
    },
  },
  {
    id: 'rejects-missing-name',
    title: 'POST /greetings without a name answers 400 with an error',
    concepts: ['http.status-codes'],
    async run({ request, expect }) {
      const res = await request.post('/greetings').send({});
      expect(res.status, 'the status').toBe(400);
      expect(res.body, 'the body').toEqual({ error: 'name is required' });
    },
  },
]);
`,
};
