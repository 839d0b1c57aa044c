import { defineChecks } from '../../server/grader/checks.ts';

// These checks share one app and run in order: reads first, then writes.
const ids = (body: unknown) => {
  const data = (body as { data?: unknown } | undefined)?.data;
  return Array.isArray(data) ? (data as Array<{ id?: unknown }>).map((t) => t.id) : body;
};
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export default defineChecks([
  {
    id: 'first-page-defaults',
    title: 'GET /todos answers the first 10 todos with page, limit and total',
    concepts: ['rest-design.pagination', 'express.query'],
    async run({ request, expect }) {
      const res = await request.get('/todos');
      expect(res.status, 'the status of GET /todos').toBe(200);
      expect(ids(res.body), 'the ids in data').toEqual(range(1, 10));
      expect(res.body, 'the body of GET /todos').toMatchObject({ page: 1, limit: 10, total: 25 });
    },
  },
  {
    id: 'page-and-limit',
    title: 'page and limit pick the right slice (pages start at 1)',
    concepts: ['rest-design.pagination', 'express.query'],
    async run({ request, expect }) {
      const third = await request.get('/todos?page=3&limit=10');
      expect(ids(third.body), 'the ids for ?page=3&limit=10').toEqual(range(21, 25));
      const second = await request.get('/todos?page=2&limit=5');
      expect(ids(second.body), 'the ids for ?page=2&limit=5').toEqual(range(6, 10));
      expect(second.body, 'the body for ?page=2&limit=5').toMatchObject({ page: 2, limit: 5, total: 25 });
      const beyond = await request.get('/todos?page=9');
      expect(beyond.status, 'the status for ?page=9 (past the last page)').toBe(200);
      expect(ids(beyond.body), 'the ids for ?page=9').toEqual([]);
    },
  },
  {
    id: 'rejects-bad-pagination',
    title: 'Invalid page or limit answers 400 with code BAD_REQUEST',
    concepts: ['validation.input-validation', 'rest-design.error-shape', 'rest-design.pagination'],
    async run({ request, expect }) {
      for (const query of ['limit=1000', 'limit=0', 'page=0', 'page=abc', 'limit=2.5']) {
        const res = await request.get(`/todos?${query}`);
        expect(res.status, `the status for ?${query}`).toBe(400);
        expect(res.body, `the body for ?${query}`).toMatchObject({ error: { code: 'BAD_REQUEST', message: /./ } });
      }
    },
  },
  {
    id: 'get-one-and-404',
    title: 'GET /todos/5 answers the todo; GET /todos/999 answers 404 in the error shape',
    concepts: ['rest-design.resources', 'rest-design.error-shape', 'rest-design.status-codes'],
    async run({ request, expect }) {
      const found = await request.get('/todos/5');
      expect(found.status, 'the status of GET /todos/5').toBe(200);
      expect(found.body, 'the body of GET /todos/5').toEqual({ id: 5, title: 'Todo 5', done: true });
      const missing = await request.get('/todos/999');
      expect(missing.status, 'the status of GET /todos/999').toBe(404);
      expect(missing.body, 'the body of GET /todos/999').toEqual({ error: { code: 'NOT_FOUND', message: 'todo not found' } });
    },
  },
  {
    id: 'creates-with-location',
    title: 'POST /todos answers 201 with a Location header pointing at the new todo',
    concepts: ['rest-design.status-codes', 'http.headers', 'express.body-parsing'],
    async run({ request, expect }) {
      const res = await request.post('/todos').send({ title: 'Ship the capstone' });
      expect(res.status, 'the status of POST /todos').toBe(201);
      expect(res.headers.location, 'the Location header').toBe('/todos/26');
      expect(res.body, 'the body of POST /todos').toEqual({ id: 26, title: 'Ship the capstone', done: false });
      const again = await request.get('/todos/26');
      expect(again.status, 'the status of GET /todos/26 afterwards').toBe(200);
    },
  },
  {
    id: 'rejects-invalid-title',
    title: 'POST /todos without a real title answers 400 with code VALIDATION_FAILED',
    concepts: ['validation.input-validation', 'rest-design.error-shape'],
    async run({ request, expect }) {
      for (const body of [{}, { title: 42 }, { title: '   ' }]) {
        const res = await request.post('/todos').send(body);
        expect(res.status, `the status for ${JSON.stringify(body)}`).toBe(400);
        expect(res.body, `the body for ${JSON.stringify(body)}`).toMatchObject({ error: { code: 'VALIDATION_FAILED', message: /./ } });
      }
    },
  },
  {
    id: 'patch-changes-only-given-fields',
    title: 'PATCH /todos/2 changes only the fields sent, and checks their types',
    concepts: ['http.methods', 'rest-design.resources', 'validation.input-validation'],
    async run({ request, expect }) {
      const res = await request.patch('/todos/2').send({ done: true });
      expect(res.status, 'the status of PATCH /todos/2 { done: true }').toBe(200);
      expect(res.body, 'the body of PATCH /todos/2 { done: true }').toEqual({ id: 2, title: 'Todo 2', done: true });
      const bad = await request.patch('/todos/2').send({ done: 'yes' });
      expect(bad.status, 'the status of PATCH /todos/2 { done: "yes" }').toBe(400);
      expect(bad.body, 'the body of PATCH /todos/2 { done: "yes" }').toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
      const missing = await request.patch('/todos/999').send({ done: true });
      expect(missing.status, 'the status of PATCH /todos/999').toBe(404);
    },
  },
  {
    id: 'delete-answers-204',
    title: 'DELETE /todos/3 answers 204 with no body; deleting it again answers 404',
    concepts: ['rest-design.status-codes', 'http.methods'],
    async run({ request, expect }) {
      const res = await request.delete('/todos/3');
      expect(res.status, 'the status of DELETE /todos/3').toBe(204);
      expect(res.text, 'the body of DELETE /todos/3').toBe('');
      const gone = await request.get('/todos/3');
      expect(gone.status, 'the status of GET /todos/3 after deleting it').toBe(404);
      const again = await request.delete('/todos/3');
      expect(again.status, 'the status of a second DELETE /todos/3').toBe(404);
    },
  },
  {
    id: 'ids-never-reused',
    title: 'A todo created after a delete gets a new id, never one still in use',
    concepts: ['rest-design.resources'],
    async run({ request, expect }) {
      await request.delete('/todos/10');
      const created = await request.post('/todos').send({ title: 'After a delete' });
      const id = (created.body as { id?: unknown } | undefined)?.id;
      expect(typeof id, 'the type of the new id').toBe('number');
      // If the id was already taken, looking it up finds the older todo instead.
      const res = await request.get(`/todos/${String(id)}`);
      expect(res.body, `GET /todos/${String(id)} (the new todo's id)`).toMatchObject({ id, title: 'After a delete' });
    },
  },
  {
    id: 'unknown-route-error-shape',
    title: 'An unknown route answers 404 JSON in the same error shape',
    concepts: ['rest-design.error-shape', 'express.middleware'],
    async run({ request, expect }) {
      const res = await request.get('/nothing-here');
      expect(res.status, 'the status of GET /nothing-here').toBe(404);
      expect(res.headers['content-type'], 'the Content-Type of the answer').toContain('application/json');
      expect(res.body, 'the body of GET /nothing-here').toEqual({ error: { code: 'NOT_FOUND', message: 'route not found' } });
    },
  },
]);
