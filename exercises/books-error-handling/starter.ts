import express from 'express';

const app = express();
app.use(express.json());

const books = [
  { id: 1, title: 'Dune', author: 'Herbert' },
  { id: 2, title: 'Emma', author: 'Austen' },
  { id: 3, title: 'Persuasion', author: 'Austen' },
];

app.get('/api/books', (req, res) => {
  res.json(books);
});

export default app;
