import { defineChecks } from '../../server/grader/checks.ts';

export default defineChecks([
  {
    id: 'user-posts-with-tags',
    title: "GET /users/1/posts answers the user and their posts, each with its tags",
    concepts: ['sql.joins', 'sql.relationships'],
    async run({ request, expect }) {
      const res = await request.get('/users/1/posts');
      expect(res.status, 'the status of GET /users/1/posts').toBe(200);
      expect(res.body, 'the body of GET /users/1/posts').toEqual({
        user: { id: 1, username: 'ada' },
        posts: [
          { id: 1, title: 'Streams in practice', tags: ['node'] },
          { id: 3, title: 'Transactions by example', tags: ['node', 'sql'] },
        ],
      });
    },
  },
  {
    id: 'user-without-posts-or-404',
    title: 'A user with no posts gets posts: []; an unknown user gets 404',
    concepts: ['sql.joins', 'rest-design.status-codes'],
    async run({ request, expect }) {
      const margaret = await request.get('/users/3/posts');
      expect(margaret.status, 'the status of GET /users/3/posts (margaret exists but has not posted)').toBe(200);
      expect(margaret.body, 'the body of GET /users/3/posts').toEqual({ user: { id: 3, username: 'margaret' }, posts: [] });
      const missing = await request.get('/users/99/posts');
      expect(missing.status, 'the status of GET /users/99/posts').toBe(404);
    },
  },
  {
    id: 'posts-by-tag',
    title: "GET /posts lists posts with their author's username; ?tag=sql filters by tag",
    concepts: ['sql.joins'],
    async run({ request, expect }) {
      const all = await request.get('/posts');
      expect(all.body, 'the body of GET /posts').toEqual([
        { id: 1, title: 'Streams in practice', author: 'ada' },
        { id: 2, title: 'Indexes explained', author: 'linus' },
        { id: 3, title: 'Transactions by example', author: 'ada' },
        { id: 4, title: 'Mocking the database', author: 'linus' },
      ]);
      const sql = await request.get('/posts?tag=sql');
      expect((sql.body as Array<{ id: number }>).map((p) => p.id), 'the post ids for ?tag=sql').toEqual([2, 3, 4]);
    },
  },
  {
    id: 'tag-filter-parameterised',
    title: "?tag=x' OR '1'='1 finds nothing instead of every post",
    concepts: ['node-databases.parameterised-queries'],
    async run({ request, expect }) {
      const res = await request.get('/posts').query({ tag: "x' OR '1'='1" });
      expect(res.status, "the status for ?tag=x' OR '1'='1").toBe(200);
      expect(res.body, "the posts for ?tag=x' OR '1'='1 (no tag has that name)").toEqual([]);
    },
  },
  {
    id: 'creates-post-with-tags',
    title: 'POST /posts saves the post and its tags and answers 201 (a quote in the title is fine)',
    concepts: ['sql.crud', 'sql.relationships', 'node-databases.parameterised-queries'],
    async run({ request, expect, sql }) {
      const title = "Don't trust user input";
      const res = await request.post('/posts').send({ userId: 3, title, body: 'Validate, then parameterise.', tags: ['security', 'node'] });
      expect(res.status, 'the status of POST /posts').toBe(201);
      expect(res.body, 'the body of POST /posts').toMatchObject({ userId: 3, title, body: 'Validate, then parameterise.', tags: ['node', 'security'] });
      const saved = await sql('SELECT id, user_id FROM posts WHERE title = $1', [title]);
      expect(saved.rows.length, 'posts saved with that title').toBe(1);
      expect((res.body as { id: unknown }).id, 'the id in the response').toBe(saved.rows[0]!.id);
      const tags = await sql('SELECT tag FROM post_tags WHERE post_id = $1 ORDER BY tag', [saved.rows[0]!.id]);
      expect(tags.rows.map((r) => r.tag), 'the tags saved for the new post').toEqual(['node', 'security']);
    },
  },
  {
    id: 'rolls-back-on-unknown-tag',
    title: 'A post with an unknown tag answers 400 and leaves nothing behind',
    concepts: ['sql.transactions'],
    async run({ request, expect, sql, fail }) {
      const title = 'Half-saved post';
      const res = await request.post('/posts').send({ userId: 1, title, tags: ['sql', 'nosql'] });
      expect(res.status, "the status of POST /posts with the tag 'nosql', which does not exist").toBe(400);
      const left = await sql('SELECT id FROM posts WHERE title = $1', [title]);
      if (left.rows.length > 0) {
        fail(`POST /posts answered ${res.status}, but the post "${title}" is still in the posts table: the insert of the post was not undone when its tag failed. Run the inserts in a transaction and ROLLBACK on error.`);
      }
      const after = await request.get('/posts');
      expect(after.status, 'the status of GET /posts after the failed POST (is a transaction left open?)').toBe(200);
    },
  },
  {
    id: 'validates-input',
    title: 'POST /posts with an empty or missing title, or tags that are not a list, answers 400 and saves nothing',
    concepts: ['validation.input-validation', 'rest-design.status-codes'],
    async run({ request, expect, sql }) {
      const before = await sql('SELECT COUNT(*)::int AS n FROM posts', []);
      const cases: Array<[string, object]> = [
        ['an empty title', { userId: 1, title: '   ' }],
        ['no title', { userId: 1, body: 'No title at all' }],
        ['tags that are not an array', { userId: 1, title: 'Tagged wrong', tags: 'sql' }],
      ];
      for (const [what, body] of cases) {
        const res = await request.post('/posts').send(body);
        expect(res.status, `the status of POST /posts with ${what}`).toBe(400);
        expect(res.body, `the body of POST /posts with ${what}`).toHaveProperty('error');
      }
      const after = await sql('SELECT COUNT(*)::int AS n FROM posts', []);
      expect(after.rows[0]!.n, 'the number of posts after the invalid requests').toBe(before.rows[0]!.n);
    },
  },
]);
