// The learning loop over HTTP: the roadmap and its topics, the next step with its reason,
// progress, goals, quiz answers, placement, hints and lessons read.
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { Goal } from '../../adaptive/index.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { ContentStore } from '../../services/content.ts';
import type { LearningService } from '../../services/learning.ts';
import { publicQuizItem } from '../../services/quiz-grading.ts';
import type { QuizService } from '../../services/quizzes.ts';
import { parseInput } from '../validate.ts';

const answerSchema = z.union([
  z.object({ optionIds: z.array(z.string().max(100)).max(20) }).strict(),
  z.object({ text: z.string().max(2000) }).strict(),
]);
const quizAnswerBody = z.object({
  itemId: z.string().max(200),
  answer: answerSchema,
  kind: z.enum(['topic', 'diagnose', 'review', 'test-out']).default('topic'),
  attemptId: z.string().max(100).optional(),
}).strict();
const placementAnswerBody = z.object({ itemId: z.string().max(200), answer: answerSchema }).strict();
const goalBody = z.object({ goal: z.string().max(100) }).strict();

export function learningRoutes(deps: { db: Db; content: ContentStore; learning: LearningService; quizzes: QuizService; authenticated: RequestHandler }) {
  const { db, content, learning, quizzes } = deps;
  const router = Router();
  router.use(['/roadmap', '/topics', '/next', '/progress', '/goal', '/quiz', '/placement', '/exercises/:id/hints'], deps.authenticated);

  const topicOr404 = (id: string) => {
    const entry = content.current().curriculum.topics.find((t) => t.topic.id === id);
    if (!entry) throw new AppError('TOPIC_NOT_FOUND');
    return entry;
  };
  const goalOf = async (userId: string): Promise<Goal> =>
    ((await db.user.findUnique({ where: { id: userId }, select: { goalTopicId: true } }))?.goalTopicId as Goal | null) ?? 'core';

  router.get('/roadmap', (_req, res) => {
    const { curriculum, exercises } = content.current();
    res.json({
      roadmap: { id: curriculum.roadmap.id, title: curriculum.roadmap.title, core: curriculum.roadmap.core, advanced: curriculum.roadmap.advanced },
      topics: curriculum.topics.map(({ topic, lesson, quiz }) => ({
        id: topic.id, title: topic.title, summary: topic.summary, level: topic.level, order: topic.order, prerequisites: topic.prerequisites,
        concepts: topic.concepts.map((c) => ({ id: c.id, title: c.title, summary: c.summary })),
        lessonMinutes: lesson.frontMatter.minutes, quizItems: quiz.length,
        exercises: exercises.filter((e) => e.topic === topic.id).map((e) => ({ id: e.id, title: e.title, kind: e.kind, difficulty: e.difficulty })),
      })),
    });
  });

  router.get('/topics/:id', (req, res) => {
    const { topic, lesson, quiz } = topicOr404(req.params.id);
    res.json({
      topic: { id: topic.id, title: topic.title, summary: topic.summary, level: topic.level, prerequisites: topic.prerequisites, concepts: topic.concepts },
      lesson: { title: lesson.frontMatter.title, minutes: lesson.frontMatter.minutes, markdown: lesson.body },
      quiz: quiz.map(publicQuizItem),
    });
  });

  router.post('/topics/:id/lesson-viewed', async (req, res) => {
    const { topic, lesson } = topicOr404(req.params.id);
    await learning.record(req.auth!.sub, [{ type: 'lesson-viewed', lessonId: topic.id, concepts: lesson.frontMatter.concepts }]);
    res.status(204).end();
  });

  router.get('/next', async (req, res) => {
    const goal = await goalOf(req.auth!.sub);
    const state = await learning.stateOf(req.auth!.sub);
    res.json({ goal, placement: state.placement.status, next: await learning.next(req.auth!.sub, goal) });
  });

  router.get('/progress', async (req, res) => {
    const topics = await learning.progress(req.auth!.sub);
    const state = await learning.stateOf(req.auth!.sub);
    res.json({ goal: await goalOf(req.auth!.sub), placement: state.placement.status, events: state.events, topics });
  });

  router.get('/progress/history', async (req, res) => {
    res.json(await learning.history(req.auth!.sub));
  });

  router.post('/goal', async (req, res) => {
    const { goal } = parseInput(goalBody, req.body);
    if (goal !== 'core') topicOr404(goal);
    await db.user.update({ where: { id: req.auth!.sub }, data: { goalTopicId: goal === 'core' ? null : goal } });
    await learning.record(req.auth!.sub, [{ type: 'goal-set', goal }]);
    res.json({ goal, next: await learning.next(req.auth!.sub, goal) });
  });

  router.post('/quiz/answers', async (req, res) => {
    const body = parseInput(quizAnswerBody, req.body);
    const marked = await quizzes.answer(req.auth!.sub, { itemId: body.itemId, answer: body.answer, kind: body.kind, ...(body.attemptId ? { attemptId: body.attemptId } : {}) });
    res.status(201).json({ ...marked, next: await learning.next(req.auth!.sub, await goalOf(req.auth!.sub)) });
  });

  // The open quick check, so a learner who reloads continues it: { placement: null } when none is running.
  router.get('/placement', async (req, res) => {
    res.json({ placement: await quizzes.currentPlacement(req.auth!.sub) });
  });

  // Starts the quick check, or resumes the one already running (200 then).
  router.post('/placement', async (req, res) => {
    const started = await quizzes.startPlacement(req.auth!.sub, await goalOf(req.auth!.sub));
    res.status(started.resumed ? 200 : 201).json(started);
  });

  router.post('/placement/:attemptId/answers', async (req, res) => {
    const body = parseInput(placementAnswerBody, req.body);
    const result = await quizzes.answerPlacement(req.auth!.sub, req.params.attemptId, body.itemId, body.answer);
    res.status(201).json({ ...result, ...(result.done ? { next: await learning.next(req.auth!.sub, await goalOf(req.auth!.sub)) } : {}) });
  });

  router.post('/placement/:attemptId/skip', async (req, res) => {
    await quizzes.skipPlacement(req.auth!.sub, req.params.attemptId);
    res.json({ next: await learning.next(req.auth!.sub, await goalOf(req.auth!.sub)) });
  });

  const exerciseOr404 = (id: string) => {
    const exercise = content.current().exerciseById.get(id);
    if (!exercise) throw new AppError('EXERCISE_NOT_FOUND');
    return exercise;
  };

  // The hints this learner has revealed so far, so the exercise page lists them again after a reload.
  router.get('/exercises/:id/hints', async (req, res) => {
    const exercise = exerciseOr404(req.params.id);
    const revealed = Math.min(exercise.hints.length, await learning.hintsRevealed(req.auth!.sub, exercise.id));
    res.json({ of: exercise.hints.length, revealed: exercise.hints.slice(0, revealed).map((hint, i) => ({ number: i + 1, hint })) });
  });

  router.post('/exercises/:id/hints/:number', async (req, res) => {
    const exercise = exerciseOr404(req.params.id);
    const index = Number(req.params.number) - 1;
    const hint = Number.isInteger(index) ? exercise.hints[index] : undefined;
    if (hint === undefined) throw new AppError('HINT_NOT_FOUND');
    await learning.recordHint(req.auth!.sub, exercise.id, index + 1);
    res.json({ number: index + 1, of: exercise.hints.length, hint });
  });

  return router;
}
