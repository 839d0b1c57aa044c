import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { AccountService } from '../../services/accounts.ts';
import { requireRole } from '../middleware/auth.ts';
import { parseInput } from '../validate.ts';

const roleChange = z.object({ role: z.enum(['learner', 'instructor']) }).strict();
const deletion = z.object({ password: z.string().min(1, 'is required') }).strict();

/** `/api/me` for the signed-in user and `/api/users` for admins; mount after requireAuth. */
export function userRoutes(accounts: AccountService, authenticated: RequestHandler) {
  const router = Router();

  router.get('/me', authenticated, async (req, res) => {
    res.json({ user: await accounts.getUser(req.auth!.sub) });
  });

  router.delete('/me', authenticated, async (req, res) => {
    await accounts.deleteAccount(req.auth!.sub, parseInput(deletion, req.body).password);
    res.status(204).end();
  });

  router.patch('/users/:id/role', authenticated, requireRole('admin'), async (req, res) => {
    const { role } = parseInput(roleChange, req.body);
    res.json({ user: await accounts.setRole(String(req.params.id), role) });
  });

  return router;
}
