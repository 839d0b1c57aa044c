import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { ExerciseCatalogue } from '../../services/exercise-catalogue.ts';
import type { SubmissionService } from '../../services/submissions.ts';
import { parseInput } from '../validate.ts';

// Bounded a little above the grader's 100 KB so an oversized submission gets its own
// SUBMISSION_TOO_LARGE answer instead of a generic body-size error.
const codeBody = z.object({ code: z.string('must be a string').max(200_000, 'is too long') }).strict();

export function exerciseRoutes(deps: { exercises: ExerciseCatalogue; submissions: SubmissionService; db: Db; authenticated: RequestHandler }) {
  const { exercises, submissions, db } = deps;
  const router = Router();
  router.use(['/exercises', '/submissions'], deps.authenticated);

  const exerciseOr404 = (id: string) => {
    const exercise = exercises.get(id);
    if (!exercise) throw new AppError('EXERCISE_NOT_FOUND');
    return exercise;
  };

  router.get('/exercises', (_req, res) => {
    res.json({ exercises: exercises.list() });
  });

  router.get('/exercises/:id', (req, res) => {
    res.json({ exercise: exerciseOr404(req.params.id) });
  });

  router.post('/exercises/:id/submissions', async (req, res) => {
    const { code } = parseInput(codeBody, req.body);
    res.status(201).json(await submissions.submit(req.auth!.sub, req.params.id, code));
  });

  router.get('/exercises/:id/submissions', async (req, res) => {
    res.json({ submissions: await submissions.history(req.auth!.sub, req.params.id) });
  });

  router.get('/submissions/:id', async (req, res) => {
    res.json(await submissions.get(req.auth!, req.params.id));
  });

  router.get('/exercises/:id/draft', async (req, res) => {
    const exercise = exerciseOr404(req.params.id);
    const draft = await db.draft.findUnique({ where: { userId_exerciseId: { userId: req.auth!.sub, exerciseId: exercise.id } } });
    res.json({ code: draft?.code ?? exercise.starter, savedAt: draft?.updatedAt.toISOString() ?? null });
  });

  router.put('/exercises/:id/draft', async (req, res) => {
    const exercise = exerciseOr404(req.params.id);
    const { code } = parseInput(codeBody, req.body);
    const key = { userId: req.auth!.sub, exerciseId: exercise.id };
    const draft = await db.draft.upsert({ where: { userId_exerciseId: key }, create: { ...key, code }, update: { code } });
    res.json({ savedAt: draft.updatedAt.toISOString() });
  });

  return router;
}
