import express, { type NextFunction, type Request, type Response } from 'express';

interface Todo { id: number; title: string; done: boolean }

const app = express();
app.use(express.json());

// 25 starting todos; every fifth one is done.
let todos: Todo[] = Array.from({ length: 25 }, (_, i) => ({ id: i + 1, title: `Todo ${i + 1}`, done: (i + 1) % 5 === 0 }));
let nextId = 26; // never reuse an id, even after a delete

/** Every error has the same shape: { error: { code, message } }. */
function sendError(res: Response, status: number, code: string, message: string) {
  return res.status(status).json({ error: { code, message } });
}

const isTitle = (v: unknown) => Boolean(v);
const findTodo = (id: string) => todos.find((t) => t.id === Number(id));

app.get('/todos', (req, res) => {
  const page = Number(req.query.page) || 1;
  const limit = Number(req.query.limit) || 10;
  const start = (page - 1) * limit; // pages start at 1
  res.json({ data: todos.slice(start, start + limit), page, limit, total: todos.length });
});

app.get('/todos/:id', (req, res) => {
  const todo = findTodo(req.params.id);
  if (!todo) return sendError(res, 404, 'NOT_FOUND', 'todo not found');
  res.json(todo);
});

app.post('/todos', (req, res) => {
  const title: unknown = req.body?.title;
  if (!isTitle(title)) return sendError(res, 400, 'VALIDATION_FAILED', 'title must be a non-empty string');
  const todo: Todo = { id: nextId++, title: title as string, done: false };
  todos.push(todo);
  res.status(201).location(`/todos/${todo.id}`).json(todo);
});

app.patch('/todos/:id', (req, res) => {
  const todo = findTodo(req.params.id);
  if (!todo) return sendError(res, 404, 'NOT_FOUND', 'todo not found');
  const { title, done } = (req.body ?? {}) as { title?: unknown; done?: unknown };
  if (title !== undefined && !isTitle(title)) return sendError(res, 400, 'VALIDATION_FAILED', 'title must be a non-empty string');
  // PATCH changes only the fields that were sent.
  if (title !== undefined) todo.title = title as string;
  if (done !== undefined) todo.done = done as boolean;
  res.json(todo);
});

app.delete('/todos/:id', (req, res) => {
  const todo = findTodo(req.params.id);
  if (!todo) return sendError(res, 404, 'NOT_FOUND', 'todo not found');
  todos = todos.filter((t) => t !== todo);
  res.status(204).end();
});

// Anything no route matched, in the same error shape.
app.use((_req: Request, res: Response) => {
  sendError(res, 404, 'NOT_FOUND', 'route not found');
});

// Malformed JSON and unexpected errors, in the same error shape.
app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
  if (err.type === 'entity.parse.failed') return sendError(res, 400, 'BAD_REQUEST', 'request body is not valid JSON');
  console.error(err);
  sendError(res, 500, 'INTERNAL', 'something went wrong');
});

export default app;
