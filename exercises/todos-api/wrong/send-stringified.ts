import express from 'express';

interface Todo { id: number; title: string; done: boolean }

const app = express();
app.use(express.json());

const todos: Todo[] = [
  { id: 1, title: 'Buy milk', done: false },
  { id: 2, title: 'Write code', done: true },
];

app.get('/todos', (_req, res) => {
  res.send(JSON.stringify(todos));
});

app.get('/todos/:id', (req, res) => {
  const todo = todos.find((t) => t.id === Number(req.params.id));
  if (!todo) return res.status(404).json({ error: 'not found' });
  res.json(todo);
});

app.post('/todos', (req, res) => {
  const title = req.body?.title;
  if (typeof title !== 'string' || title.trim() === '') {
    return res.status(400).json({ error: 'title is required' });
  }
  const todo: Todo = { id: todos.length + 1, title, done: false };
  todos.push(todo);
  res.status(201).json(todo);
});

export default app;
