import { defineChecks } from '../../server/grader/checks.ts';

type Detail = { field?: unknown; message?: unknown };

/** The details of an error body, sorted by field so their order does not matter. */
function detailsOf(body: unknown): Detail[] | unknown {
  const details = (body as { error?: { details?: unknown } } | undefined)?.error?.details;
  if (!Array.isArray(details)) return body;
  return [...(details as Detail[])].sort((a, b) => String(a.field).localeCompare(String(b.field)));
}

export default defineChecks([
  {
    id: 'accepts-valid-signup',
    title: 'A valid sign-up, with or without age, answers 201 with the stored sign-up',
    concepts: ['validation.input-validation', 'http.status-codes'],
    async run({ request, expect }) {
      const res = await request.post('/api/signups').send({ name: 'Ada', email: 'ada@example.com' });
      expect(res.status, 'the status for { name, email } without age').toBe(201);
      expect(res.body, 'the body for { name, email } without age').toMatchObject({ name: 'Ada', email: 'ada@example.com' });
      expect(res.body, 'the body for { name, email } without age').toHaveProperty('id');
      const withAge = await request.post('/api/signups').send({ name: 'Grace', email: 'grace@example.com', age: 36 });
      expect(withAge.status, 'the status for { name, email, age: 36 }').toBe(201);
      expect(withAge.body, 'the body for { name, email, age: 36 }').toMatchObject({ name: 'Grace', age: 36 });
    },
  },
  {
    id: 'reports-every-invalid-field',
    title: 'Reports every invalid field at once, not just the first',
    concepts: ['validation.input-validation', 'rest-design.error-shape'],
    async run({ request, expect }) {
      const res = await request.post('/api/signups').send({ name: '  ', email: 'nope', age: 5 });
      expect(res.status, 'the status').toBe(400);
      expect(detailsOf(res.body), 'error.details (sorted by field)').toEqual([
        { field: 'age', message: 'must be an integer between 13 and 120' },
        { field: 'email', message: 'must be a valid email' },
        { field: 'name', message: 'is required' },
      ]);
    },
  },
  {
    id: 'error-shape',
    title: 'Errors look like { error: { code, message, details } }',
    concepts: ['rest-design.error-shape', 'http.status-codes'],
    async run({ request, expect }) {
      const res = await request.post('/api/signups').send({ name: 'Ada', email: 'ada-at-example.com' });
      expect(res.status, 'the status').toBe(400);
      expect(res.body, 'the body').toEqual({
        error: { code: 'VALIDATION_FAILED', message: 'invalid request body', details: [{ field: 'email', message: 'must be a valid email' }] },
      });
    },
  },
  {
    id: 'age-must-be-a-number',
    title: 'Rejects age "30" sent as a string',
    concepts: ['validation.input-validation'],
    async run({ request, expect }) {
      const res = await request.post('/api/signups').send({ name: 'Ada', email: 'ada@example.com', age: '30' });
      expect(res.status, 'the status for age: "30"').toBe(400);
      expect(detailsOf(res.body), 'error.details').toEqual([{ field: 'age', message: 'must be an integer between 13 and 120' }]);
    },
  },
  {
    id: 'rejects-unknown-fields',
    title: 'Rejects fields the API does not know, such as role',
    concepts: ['validation.input-validation', 'rest-design.error-shape'],
    async run({ request, expect }) {
      const res = await request.post('/api/signups').send({ name: 'Mallory', email: 'mallory@example.com', role: 'admin' });
      expect(res.status, 'the status for a body with role: "admin"').toBe(400);
      expect(detailsOf(res.body), 'error.details').toEqual([{ field: 'role', message: 'is not allowed' }]);
    },
  },
  {
    id: 'malformed-json',
    title: 'Malformed JSON answers 400 with code INVALID_JSON in the same shape',
    concepts: ['express.error-middleware', 'express.body-parsing', 'rest-design.error-shape'],
    async run({ request, expect }) {
      const res = await request.post('/api/signups').set('Content-Type', 'application/json').send('{"name": "Ada",');
      expect(res.status, 'the status for a malformed JSON body').toBe(400);
      expect(res.headers['content-type'], 'the Content-Type of the answer').toContain('application/json');
      expect(res.body, 'the body').toEqual({ error: { code: 'INVALID_JSON', message: 'request body is not valid JSON' } });
    },
  },
  {
    id: 'missing-body',
    title: 'A request without a body reports both name and email',
    concepts: ['validation.input-validation', 'express.body-parsing'],
    async run({ request, expect }) {
      const res = await request.post('/api/signups');
      expect(res.status, 'the status for a request without a body').toBe(400);
      expect(detailsOf(res.body), 'error.details (sorted by field)').toEqual([
        { field: 'email', message: 'must be a valid email' },
        { field: 'name', message: 'is required' },
      ]);
    },
  },
]);
