import express from 'express';

interface Todo { id: number; title: string; done: boolean }

const app = express();
app.use(express.json());

// 25 starting todos; every fifth one is done.
const todos: Todo[] = Array.from({ length: 25 }, (_, i) => ({ id: i + 1, title: `Todo ${i + 1}`, done: (i + 1) % 5 === 0 }));

app.get('/todos', (_req, res) => {
  // TODO: pagination with ?page= and ?limit=, answering { data, page, limit, total }
  res.json(todos);
});

// TODO: GET /todos/:id, POST /todos, PATCH /todos/:id, DELETE /todos/:id
// TODO: one error shape everywhere: { error: { code, message } }

export default app;
