import express, { type NextFunction, type Request, type Response } from 'express';

interface HttpError extends Error { status?: number }
const httpError = (status: number, message: string): HttpError => Object.assign(new Error(message), { status });

const books = [
  { id: 1, title: 'Dune', author: 'Herbert' },
  { id: 2, title: 'Emma', author: 'Austen' },
  { id: 3, title: 'Persuasion', author: 'Austen' },
];

const router = express.Router();

router.get('/', (req, res) => {
  const { author } = req.params;
  res.json(typeof author === 'string' ? books.filter((b) => b.author === author) : books);
});

router.get('/boom', () => {
  throw new Error('database password is hunter2');
});

router.get('/:id', (req, res, next) => {
  const book = books.find((b) => b.id === Number(req.params.id));
  if (!book) return next(httpError(404, 'book not found'));
  res.json(book);
});

router.post('/', (req, res, next) => {
  const { title, author } = req.body ?? {};
  if (typeof title !== 'string' || !title.trim() || typeof author !== 'string' || !author.trim()) {
    return next(httpError(400, 'title and author are required'));
  }
  const book = { id: books.length + 1, title, author };
  books.push(book);
  res.status(201).json(book);
});

const app = express();
app.use(express.json());
app.use('/api/books', router);

app.use((err: HttpError, _req: Request, res: Response, _next: NextFunction) => {
  if (err.status) return res.status(err.status).json({ error: { message: err.message } });
  console.error(err.message);
  res.status(500).json({ error: { message: 'internal error' } });
});

export default app;
