import { defineChecks } from '../../server/grader/checks.ts';

export default defineChecks([
  {
    id: 'lists-todos',
    title: 'GET /todos lists the two starting todos as JSON',
    concepts: ['express.routes', 'http.json'],
    async run({ request, expect }) {
      const res = await request.get('/todos');
      expect(res.status, 'the status').toBe(200);
      expect(res.headers['content-type'], 'the Content-Type header').toContain('application/json');
      expect(res.body, 'the body').toMatchObject([{ id: 1, title: 'Buy milk', done: false }, { id: 2, title: 'Write code', done: true }]);
    },
  },
  {
    id: 'gets-one-todo',
    title: 'GET /todos/2 answers with that todo',
    concepts: ['express.params'],
    async run({ request, expect }) {
      const res = await request.get('/todos/2');
      expect(res.status, 'the status').toBe(200);
      expect(res.body, 'the body').toMatchObject({ id: 2, title: 'Write code' });
    },
  },
  {
    id: 'missing-todo-404',
    title: 'GET /todos/999 answers 404 with an error',
    concepts: ['rest-design.status-codes', 'express.params'],
    async run({ request, expect }) {
      const res = await request.get('/todos/999');
      expect(res.status, 'the status').toBe(404);
      expect(res.body, 'the body').toEqual({ error: 'not found' });
    },
  },
  {
    id: 'creates-todo',
    title: 'POST /todos creates a todo and answers 201',
    concepts: ['express.body-parsing', 'rest-design.status-codes'],
    async run({ request, expect }) {
      const res = await request.post('/todos').send({ title: 'Learn Express' });
      expect(res.status, 'the status').toBe(201);
      expect(res.body, 'the body').toMatchObject({ id: 3, title: 'Learn Express', done: false });
    },
  },
  {
    id: 'created-todo-listed',
    title: 'A created todo shows up in GET /todos',
    concepts: ['express.body-parsing', 'express.routes'],
    async run({ request, expect }) {
      await request.post('/todos').send({ title: 'Water plants' });
      const res = await request.get('/todos');
      const titles = (res.body as Array<{ title: string }>).map((t) => t.title);
      expect(titles, 'the titles in GET /todos').toContain('Water plants');
    },
  },
  {
    id: 'rejects-missing-title',
    title: 'POST /todos without a title answers 400',
    concepts: ['rest-design.status-codes', 'express.body-parsing'],
    async run({ request, expect }) {
      const res = await request.post('/todos').send({});
      expect(res.status, 'the status').toBe(400);
      expect(res.body, 'the body').toEqual({ error: 'title is required' });
    },
  },
  {
    id: 'rejects-blank-title',
    title: 'POST /todos with a blank title answers 400',
    concepts: ['rest-design.status-codes'],
    async run({ request, expect }) {
      const res = await request.post('/todos').send({ title: '   ' });
      expect(res.status, 'the status').toBe(400);
    },
  },
  {
    id: 'unknown-route-404',
    title: 'An unknown route answers 404',
    concepts: ['express.routes'],
    async run({ request, expect }) {
      const res = await request.delete('/nothing-here');
      expect(res.status, 'the status').toBe(404);
    },
  },
]);
