import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';

const JWT_SECRET = 'stepwise-dev-secret';
type Claims = { sub: string; role: 'user' | 'admin' };

function requireAuth(req: Request, res: Response, next: NextFunction) {
  const [scheme, token] = (req.get('authorization') ?? '').split(' ');
  if (scheme !== 'Bearer' || !token) return res.status(401).json({ error: 'not authenticated' });
  res.locals.user = jwt.verify(token, JWT_SECRET) as Claims;
  next();
}

const requireRole = (role: Claims['role']) => (_req: Request, res: Response, next: NextFunction) => {
  if (res.locals.user?.role !== role) return res.status(403).json({ error: 'forbidden' });
  next();
};

const app = express();

app.get('/api/profile', requireAuth, (_req, res) => {
  const user = res.locals.user as Claims;
  res.json({ id: user.sub, role: user.role });
});

app.get('/api/admin/stats', requireAuth, requireRole('admin'), (_req, res) => {
  res.json({ users: 42 });
});

export default app;
