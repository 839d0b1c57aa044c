// Plain routes, params, status codes and the default 404.
import express from 'express';

const app = express();
const users = [{ id: 1, name: 'Ada' }, { id: 2, name: 'Linus' }];

app.get('/', (_req, res) => { res.send('home'); });
app.get('/users', (_req, res) => { res.json(users); });
app.get('/users/:id', (req, res) => {
  const user = users.find((u) => u.id === Number(req.params.id));
  if (!user) { res.status(404).json({ error: 'no such user' }); return; }
  res.json(user);
});
app.get('/users/:userId/posts/:postId', (req, res) => { res.json(req.params); });
app.delete('/users/:id', (_req, res) => { res.status(204).end(); });

export default app;
