import express from 'express';
import { db } from 'db';

const app = express();
app.use(express.json());

app.get('/users/:id/posts', async (req, res) => {
  const id = Number(req.params.id);
  const user = await db.query('SELECT id, username FROM users WHERE id = $1', [id]);
  if (user.rows.length === 0) return res.status(404).json({ error: 'not found' });
  const posts = await db.query(`
    SELECT posts.id, posts.title,
           COALESCE(array_agg(post_tags.tag ORDER BY post_tags.tag) FILTER (WHERE post_tags.tag IS NOT NULL), '{}'::text[]) AS tags
    FROM posts
    LEFT JOIN post_tags ON post_tags.post_id = posts.id
    WHERE posts.user_id = $1
    GROUP BY posts.id
    ORDER BY posts.id`, [id]);
  res.json({ user: user.rows[0], posts: posts.rows });
});

app.get('/posts', async (req, res) => {
  const { tag } = req.query;
  const result = typeof tag === 'string'
    ? await db.query(`
        SELECT posts.id, posts.title, users.username AS author
        FROM posts
        JOIN users ON users.id = posts.user_id
        JOIN post_tags ON post_tags.post_id = posts.id
        WHERE post_tags.tag = '${tag}'
        ORDER BY posts.id`)
    : await db.query(`
        SELECT posts.id, posts.title, users.username AS author
        FROM posts JOIN users ON users.id = posts.user_id
        ORDER BY posts.id`);
  res.json(result.rows);
});

function validatePost(input: unknown): { error: string } | { userId: number; title: string; body: string; tags: string[] } {
  const { userId, title, body = '', tags = [] } = (input ?? {}) as Record<string, unknown>;
  if (!Number.isInteger(userId)) return { error: 'userId must be an integer' };
  if (typeof title !== 'string' || title.trim() === '') return { error: 'title is required' };
  if (typeof body !== 'string') return { error: 'body must be a string' };
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) return { error: 'tags must be an array of strings' };
  return { userId: userId as number, title: title.trim(), body, tags: [...new Set(tags as string[])].sort() };
}

app.post('/posts', async (req, res) => {
  const input = validatePost(req.body);
  if ('error' in input) return res.status(400).json(input);

  await db.query('BEGIN');
  try {
    const post = await db.query(
      `INSERT INTO posts (user_id, title, body) VALUES (${input.userId}, '${input.title}', '${input.body}') RETURNING id, user_id AS "userId", title, body`,
    );
    const postId = post.rows[0]!.id;
    for (const tag of input.tags) {
      await db.query(`INSERT INTO post_tags (post_id, tag) VALUES (${postId}, '${tag}')`);
    }
    await db.query('COMMIT');
    res.status(201).json({ ...post.rows[0], tags: input.tags });
  } catch (err) {
    await db.query('ROLLBACK');
    if ((err as { code?: string }).code === '23503') return res.status(400).json({ error: 'unknown user or tag' });
    throw err;
  }
});

export default app;
