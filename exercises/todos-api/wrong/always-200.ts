import express from 'express';

const app = express();
app.use(express.json());

const todos = [
  { id: 1, title: 'Buy milk', done: false },
  { id: 2, title: 'Write code', done: true },
];

app.get('/todos', (_req, res) => {
  res.json(todos);
});

app.get('/todos/:id', (req, res) => {
  const todo = todos.find((t) => t.id === Number(req.params.id));
  res.json(todo ?? { error: 'not found' });
});

app.post('/todos', (req, res) => {
  const title = req.body?.title;
  if (typeof title !== 'string' || title.trim() === '') {
    return res.json({ error: 'title is required' });
  }
  const todo = { id: todos.length + 1, title, done: false };
  todos.push(todo);
  res.json(todo);
});

export default app;
