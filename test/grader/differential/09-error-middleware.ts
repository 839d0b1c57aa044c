// next(err), a throw in a sync handler, chained error middleware, and an
// error handler that recovers by calling next() without the error.
import express, { type NextFunction, type Request, type Response } from 'express';

class HttpError extends Error {
  status: number;
  constructor(status: number, message: string) { super(message); this.name = 'HttpError'; this.status = status; }
}

const app = express();

app.get('/next-error', (_req, _res, next) => { next(new HttpError(409, 'already exists')); });
app.get('/throw', () => { throw new TypeError('bad input'); });
app.get('/string', (_req, _res, next) => { next('route'); });
app.get('/string', (_req, _res, next) => { next(Object.assign(new Error('teapot'), { status: 418 })); });
app.get('/recover', (_req, _res, next) => { next(new Error('recoverable')); });
app.get('/recover', (_req, res) => { res.send('not reached: error skips plain handlers'); });

app.use((err: Error, req: Request, res: Response, next: NextFunction) => {
  res.set('x-error-seen', err.name);
  if (req.path === '/recover') { res.locals.recovered = err.message; next(); return; }
  next(err);
});
app.use('/recover', (req, res) => { res.json({ recovered: res.locals.recovered }); });
app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err.status ?? 500).json({ name: err.name, message: err.message, isHttpError: err instanceof HttpError });
});

export default app;
