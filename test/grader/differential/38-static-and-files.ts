// express.static and res.sendFile / res.download where the files do not
// exist: static falls through to the routes (or 404s with fallthrough off),
// sendFile and download fail with ENOENT and status 404.
import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();
app.use(express.static('/nonexistent-static-root'));
app.use('/assets', express.static('/nonexistent-static-root', { fallthrough: false }));

app.get('/route', (_req, res) => { res.send('route still reached'); });
app.get('/sendfile', (_req, res, next) => { res.sendFile('/nonexistent/file.txt', (err) => next(err)); });
app.get('/download', (_req, res) => { res.download('/nonexistent/report.csv'); });
app.get('/relative', (_req, res, next) => { res.sendFile('relative.txt', (err) => next(err)); });

app.use((err: Error & { status?: number; code?: string }, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err.status ?? 500).json({ message: err.message, code: err.code ?? null, status: err.status ?? null });
});

export default app;
