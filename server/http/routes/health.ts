import { Router } from 'express';
import { pingDb, type Db } from '../../db/client.ts';

export function healthRoutes(db: Db, version: string) {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const database = await pingDb(db);
    const ok = database.status === 'ok';
    res.status(ok ? 200 : 503).set('Cache-Control', 'no-store').json({ status: ok ? 'ok' : 'degraded', version, database });
  });
  return router;
}
