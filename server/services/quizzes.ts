// Quiz answers and placement: every answer is stored (QuizAttempt/QuizAnswer), becomes a
// learning event in the same transaction, and is marked on the server only.
import type { Prisma } from '@prisma/client';
import { placementNext, type Goal, type QuizKind } from '../adaptive/index.ts';
import type { QuizItem } from '../curriculum/schemas.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { ContentStore } from './content.ts';
import type { LearningService } from './learning.ts';
import { blindChoices, markQuizAnswer, optionsOf, publicQuizItem, type QuizAnswer } from './quiz-grading.ts';

export function createQuizService(deps: { db: Db; content: ContentStore; learning: LearningService; now: () => Date }) {
  const { db, content, learning, now } = deps;

  const findItem = (itemId: string): { item: QuizItem; topicId: string } => {
    for (const { topic, quiz } of content.current().curriculum.topics) {
      const item = quiz.find((q) => q.id === itemId);
      if (item) return { item, topicId: topic.id };
    }
    throw new AppError('QUIZ_ITEM_NOT_FOUND');
  };

  async function ownAttempt(userId: string, attemptId: string, kind?: string) {
    const attempt = await db.quizAttempt.findUnique({ where: { id: attemptId }, include: { answers: { orderBy: { createdAt: 'asc' } } } });
    if (!attempt || attempt.userId !== userId || (kind && attempt.kind !== kind)) throw new AppError('QUIZ_ATTEMPT_NOT_FOUND');
    return attempt;
  }

  /** Stores the answer and its learning event together; answering an item twice in one attempt is refused. */
  async function store(userId: string, attemptId: string, itemId: string, answer: QuizAnswer, kind: QuizKind) {
    const { item, topicId } = findItem(itemId);
    const mark = markQuizAnswer(item, answer);
    const at = now();
    const options = blindChoices(item);
    try {
      const entry = await db.$transaction(async (tx) => {
        await tx.quizAnswer.create({ data: { attemptId, itemId, answer: answer as Prisma.InputJsonValue, correct: mark.correct, createdAt: at } });
        return learning.append(tx, userId, [{ type: 'quiz-answer', itemId, concepts: item.concepts, correct: mark.correct, kind, ...(options ? { options } : {}) }], at);
      });
      learning.commit(userId, entry);
    } catch (error) {
      if ((error as { code?: string }).code === 'P2002') throw new AppError('QUIZ_ALREADY_ANSWERED');
      throw error;
    }
    const chosen = 'optionIds' in answer ? optionsOf(item).filter((o) => answer.optionIds.includes(o.id) && o.feedback) : [];
    return {
      itemId, topicId, correct: mark.correct, solution: mark.solution, explanation: item.explanation,
      feedback: chosen.map((o) => ({ optionId: o.id, text: o.feedback! })),
    };
  }

  async function placementStep(userId: string, attemptId: string) {
    const attempt = await ownAttempt(userId, attemptId, 'placement');
    const state = await learning.stateOf(userId);
    const step = placementNext(state, learning.model(), attempt.answers.map((a) => ({ itemId: a.itemId, correct: a.correct })));
    return { attempt, step };
  }

  /**
   * The open placement attempt the engine is running, if any. Attempts left open before a later
   * one started, or once placement is over, are not resumed.
   */
  async function openPlacement(userId: string) {
    const state = await learning.stateOf(userId);
    if (state.placement.status !== 'running') return null;
    return db.quizAttempt.findFirst({ where: { userId, kind: 'placement', finishedAt: null }, orderBy: [{ startedAt: 'desc' }, { id: 'desc' }] });
  }

  async function finishPlacement(userId: string, attemptId: string) {
    await db.quizAttempt.update({ where: { id: attemptId }, data: { finishedAt: now() } });
    await learning.record(userId, [{ type: 'placement-finished' }]);
  }

  const itemView = (itemId: string | undefined) => (itemId ? publicQuizItem(findItem(itemId).item) : null);

  return {
    itemView,

    async answer(userId: string, input: { itemId: string; answer: QuizAnswer; kind: Exclude<QuizKind, 'placement'>; attemptId?: string }) {
      const { topicId } = findItem(input.itemId);
      const attemptId = input.attemptId
        ? (await ownAttempt(userId, input.attemptId)).id
        : (await db.quizAttempt.create({ data: { userId, kind: input.kind, topicId, startedAt: now() } })).id;
      return { attemptId, ...(await store(userId, attemptId, input.itemId, input.answer, input.kind)) };
    },

    /** The learner's open placement attempt where it stands (the question to ask next), or null. */
    async currentPlacement(userId: string) {
      const open = await openPlacement(userId);
      if (!open) return null;
      const { step } = await placementStep(userId, open.id);
      return { attemptId: open.id, done: step.done, reason: step.reason, asked: step.asked, item: step.done ? null : itemView(step.item?.id) };
    },

    /** Starts placement, or resumes the open attempt: a learner has at most one running. */
    async startPlacement(userId: string, goal: Goal) {
      const open = await openPlacement(userId);
      const attempt = open ?? (await db.quizAttempt.create({ data: { userId, kind: 'placement', topicId: goal === 'core' ? null : goal, startedAt: now() } }));
      if (!open) await learning.record(userId, [{ type: 'placement-started' }]);
      const { step } = await placementStep(userId, attempt.id);
      // An open attempt that needs no more answers (its finish was interrupted) is closed now.
      if (open && step.done) await finishPlacement(userId, attempt.id);
      return { attemptId: attempt.id, resumed: Boolean(open), done: step.done, reason: step.reason, asked: step.asked, item: step.done ? null : itemView(step.item?.id) };
    },

    async answerPlacement(userId: string, attemptId: string, itemId: string, answer: QuizAnswer) {
      const attempt = await ownAttempt(userId, attemptId, 'placement');
      if (attempt.finishedAt) throw new AppError('QUIZ_ATTEMPT_FINISHED');
      const marked = await store(userId, attemptId, itemId, answer, 'placement');
      const { step } = await placementStep(userId, attemptId);
      if (step.done) await finishPlacement(userId, attemptId);
      return { ...marked, done: step.done, asked: step.asked, confidence: step.confidence, reason: step.reason, item: step.done ? null : itemView(step.item?.id) };
    },

    async skipPlacement(userId: string, attemptId: string) {
      const attempt = await ownAttempt(userId, attemptId, 'placement');
      if (!attempt.finishedAt) await finishPlacement(userId, attemptId);
    },
  };
}

export type QuizService = ReturnType<typeof createQuizService>;
