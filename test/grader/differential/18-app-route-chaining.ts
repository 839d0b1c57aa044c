// app.route() chains one path's handlers; Express answers OPTIONS with an
// Allow header and other methods with 404.
import express from 'express';

const app = express();
app.use(express.json());
const books: Array<{ id: number; title: string }> = [{ id: 1, title: 'Dune' }];

app.route('/books')
  .get((_req, res) => { res.json(books); })
  .post((req, res) => {
    const book = { id: books.length + 1, title: String(req.body?.title) };
    books.push(book);
    res.status(201).location(`/books/${book.id}`).json(book);
  });
app.route('/books/:id')
  .all((req, res, next) => { res.set('X-Book-Id', req.params.id); next(); })
  .get((req, res) => { res.json(books.find((b) => b.id === Number(req.params.id)) ?? null); })
  .put((req, res) => { res.json({ replaced: req.params.id, with: req.body }); })
  .delete((_req, res) => { res.sendStatus(204); });

export default app;
