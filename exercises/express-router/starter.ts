import express from 'express';

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

// TODO: a users router mounted at /api/users
// TODO: a posts router mounted at /api/users/:userId/posts

export default app;
