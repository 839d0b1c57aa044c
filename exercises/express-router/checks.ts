import { defineChecks } from '../../server/grader/checks.ts';

export default defineChecks([
  {
    id: 'lists-users',
    title: 'GET /api/users lists both users',
    concepts: ['express.routers'],
    async run({ request, expect }) {
      const res = await request.get('/api/users');
      expect(res.status, 'the status of GET /api/users').toBe(200);
      expect(res.body, 'the body of GET /api/users').toEqual([{ id: 1, name: 'Ada' }, { id: 2, name: 'Linus' }]);
    },
  },
  {
    id: 'gets-one-user',
    title: 'GET /api/users/2 answers Linus',
    concepts: ['express.routers', 'express.params'],
    async run({ request, expect }) {
      const res = await request.get('/api/users/2');
      expect(res.status, 'the status of GET /api/users/2').toBe(200);
      expect(res.body, 'the body of GET /api/users/2').toEqual({ id: 2, name: 'Linus' });
    },
  },
  {
    id: 'unknown-user-404',
    title: 'GET /api/users/99 answers 404 { error: "user not found" }',
    concepts: ['rest-design.status-codes', 'express.routers'],
    async run({ request, expect }) {
      const res = await request.get('/api/users/99');
      expect(res.status, 'the status of GET /api/users/99').toBe(404);
      expect(res.body, 'the body of GET /api/users/99').toEqual({ error: 'user not found' });
    },
  },
  {
    id: 'lists-user-posts',
    title: "GET /api/users/1/posts lists only Ada's posts",
    concepts: ['express.routers', 'express.params', 'rest-design.resources'],
    async run({ request, expect }) {
      const res = await request.get('/api/users/1/posts');
      expect(res.status, 'the status of GET /api/users/1/posts').toBe(200);
      expect(res.body, 'the body of GET /api/users/1/posts').toEqual([
        { id: 1, userId: 1, title: 'Notes on engines' },
        { id: 3, userId: 1, title: 'On numbers' },
      ]);
    },
  },
  {
    id: 'creates-post-for-user',
    title: 'POST /api/users/2/posts creates a post for user 2 (201)',
    concepts: ['express.routers', 'express.body-parsing', 'rest-design.status-codes'],
    async run({ request, expect }) {
      const res = await request.post('/api/users/2/posts').send({ title: 'Kernel diary' });
      expect(res.status, 'the status of POST /api/users/2/posts').toBe(201);
      expect(res.body, 'the body of POST /api/users/2/posts').toMatchObject({ userId: 2, title: 'Kernel diary' });
      const list = await request.get('/api/users/2/posts');
      const titles = (Array.isArray(list.body) ? list.body as Array<{ title?: unknown }> : []).map((p) => p.title);
      expect(titles, "the titles in GET /api/users/2/posts").toContain('Kernel diary');
    },
  },
  {
    id: 'posts-of-unknown-user-404',
    title: 'GET /api/users/99/posts answers 404: that user does not exist',
    concepts: ['rest-design.resources', 'rest-design.status-codes'],
    async run({ request, expect }) {
      const res = await request.get('/api/users/99/posts');
      expect(res.status, 'the status of GET /api/users/99/posts').toBe(404);
      expect(res.body, 'the body of GET /api/users/99/posts').toEqual({ error: 'user not found' });
    },
  },
]);
