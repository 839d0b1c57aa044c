import { defineChecks } from '../../server/grader/checks.ts';

export default defineChecks([
  {
    id: 'lists-books',
    title: 'GET /api/books lists all three books',
    concepts: ['express.routers'],
    async run({ request, expect }) {
      const res = await request.get('/api/books');
      expect(res.status, 'the status').toBe(200);
      expect(res.body, 'the body').toHaveLength(3);
    },
  },
  {
    id: 'filters-by-author',
    title: 'GET /api/books?author=Austen keeps only Austen',
    concepts: ['express.query'],
    async run({ request, expect }) {
      const res = await request.get('/api/books?author=Austen');
      expect(res.status, 'the status').toBe(200);
      expect((res.body as Array<{ title: string }>).map((b) => b.title), 'the titles').toEqual(['Emma', 'Persuasion']);
    },
  },
  {
    id: 'validation-400',
    title: 'POST /api/books without an author answers 400 { error: { message } }',
    concepts: ['validation.central-errors', 'rest-design.error-shape', 'express.error-middleware'],
    async run({ request, expect }) {
      const res = await request.post('/api/books').send({ title: 'Ulysses' });
      expect(res.status, 'the status').toBe(400);
      expect(res.body, 'the body').toEqual({ error: { message: 'title and author are required' } });
    },
  },
  {
    id: 'creates-book',
    title: 'POST /api/books with title and author answers 201',
    concepts: ['express.routers'],
    async run({ request, expect }) {
      const res = await request.post('/api/books').send({ title: 'Ulysses', author: 'Joyce' });
      expect(res.status, 'the status').toBe(201);
      expect(res.body, 'the body').toMatchObject({ title: 'Ulysses', author: 'Joyce' });
    },
  },
  {
    id: 'unknown-book-404',
    title: 'GET /api/books/99 answers 404 { error: { message: "book not found" } }',
    concepts: ['express.error-middleware', 'rest-design.error-shape'],
    async run({ request, expect }) {
      const res = await request.get('/api/books/99');
      expect(res.status, 'the status').toBe(404);
      expect(res.body, 'the body').toEqual({ error: { message: 'book not found' } });
    },
  },
  {
    id: 'crash-hides-details',
    title: 'An unexpected error answers 500 without revealing its message',
    concepts: ['express.error-middleware', 'validation.central-errors'],
    async run({ request, expect }) {
      const res = await request.get('/api/books/boom');
      expect(res.status, 'the status').toBe(500);
      expect(res.body, 'the body').toEqual({ error: { message: 'internal error' } });
      expect(res.text, 'the response').not.toContain('hunter2');
    },
  },
]);
