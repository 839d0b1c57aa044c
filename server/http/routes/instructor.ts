// Instructor tools: curriculum health, the checker's problems while editing, and previews
// that grade the reference solution or a known-wrong one exactly as learners are graded.
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { curriculumHealth } from '../../services/analytics.ts';
import type { ContentStore } from '../../services/content.ts';
import type { Grader } from '../../services/submissions.ts';
import { requireRole } from '../middleware/auth.ts';
import { parseInput } from '../validate.ts';

const previewBody = z.object({ solution: z.string().regex(/^(reference|starter|wrong\/[\w.-]+)$/, 'must be "reference", "starter" or "wrong/<file>"') }).strict();

export function instructorRoutes(deps: { db: Db; content: ContentStore; grader: Grader; authenticated: RequestHandler }) {
  const { db, content, grader } = deps;
  const router = Router();
  router.use('/instructor', deps.authenticated, requireRole('instructor', 'admin'));

  router.get('/instructor/health', async (_req, res) => {
    res.json(await curriculumHealth(db, content));
  });

  router.get('/instructor/problems', (_req, res) => {
    res.json({ problems: content.problems() });
  });

  router.get('/instructor/exercises/:id', (req, res) => {
    const exercise = content.current().exerciseById.get(req.params.id);
    if (!exercise) throw new AppError('EXERCISE_NOT_FOUND');
    res.json({
      exercise: {
        id: exercise.id, title: exercise.title, kind: exercise.kind, topic: exercise.topic, concepts: exercise.concepts, prompt: exercise.prompt,
        starter: exercise.starter, solution: exercise.solution, hints: exercise.hints,
        checks: exercise.checks.map((c) => ({ id: c.id, title: c.title, concepts: c.concepts })),
        wrong: exercise.wrong.map((w) => ({ file: w.file, misconception: w.misconception, fails: w.fails, code: w.code })),
      },
    });
  });

  router.post('/instructor/exercises/:id/preview', async (req, res) => {
    const exercise = content.current().exerciseById.get(req.params.id);
    if (!exercise) throw new AppError('EXERCISE_NOT_FOUND');
    const { solution } = parseInput(previewBody, req.body);
    const code =
      solution === 'reference' ? exercise.solution : solution === 'starter' ? exercise.starter : exercise.wrong.find((w) => `wrong/${w.file}` === solution)?.code;
    if (code === undefined) throw new AppError('VALIDATION_FAILED', { details: [{ path: 'solution', message: 'is not one of this exercise\'s wrong solutions' }] });
    res.json({ solution, report: await grader.grade(exercise.id, code) });
  });

  return router;
}
