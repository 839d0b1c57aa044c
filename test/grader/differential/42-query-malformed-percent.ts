// A query string with a malformed percent escape (a search for "100%"): Node's querystring
// keeps the raw text (querystring-es3, which the sandbox used before, threw a URIError).
import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();
app.get('/search', (req, res) => { res.json({ query: req.query }); });
app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ name: err.name, message: err.message });
});

export default app;
