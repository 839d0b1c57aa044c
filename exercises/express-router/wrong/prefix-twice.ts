import express, { type Request, type Response } from 'express';

const app = express();
app.use(express.json());

const users = [
  { id: 1, name: 'Ada' },
  { id: 2, name: 'Linus' },
];
const posts = [
  { id: 1, userId: 1, title: 'Notes on engines' },
  { id: 2, userId: 2, title: 'Just for fun' },
  { id: 3, userId: 1, title: 'On numbers' },
];

const findUser = (id: unknown) => users.find((u) => u.id === Number(id));

// Paths inside a router are relative to where it is mounted.
const usersRouter = express.Router();
usersRouter.get('/api/users', (_req, res) => {
  res.json(users);
});

usersRouter.get('/api/users/:id', (req, res) => {
  const user = findUser(req.params.id);
  if (!user) return res.status(404).json({ error: 'user not found' });
  res.json(user);
});

// mergeParams lets this router read :userId from its mount path
// (the types cannot see the mount path, so the handlers name the param).
const postsRouter = express.Router({ mergeParams: true });

postsRouter.get('/', (req: Request<{ userId: string }>, res: Response) => {
  const userId = Number(req.params.userId);
  if (!findUser(userId)) return res.status(404).json({ error: 'user not found' });
  res.json(posts.filter((p) => p.userId === userId));
});

postsRouter.post('/', (req: Request<{ userId: string }>, res: Response) => {
  const userId = Number(req.params.userId);
  if (!findUser(userId)) return res.status(404).json({ error: 'user not found' });
  const post = { id: posts.length + 1, userId, title: String(req.body?.title ?? '') };
  posts.push(post);
  res.status(201).json(post);
});

app.use('/api/users', usersRouter);
app.use('/api/users/:userId/posts', postsRouter);

export default app;
