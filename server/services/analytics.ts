// Curriculum health for instructors: how each exercise, check and quiz item performs, read
// straight from the stored submissions, check results and quiz answers.
import type { Db } from '../db/client.ts';
import type { ContentStore } from './content.ts';

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/** A check is flagged once it has enough results to judge. */
export const FLAG_MIN_RESULTS = 10;
export const FLAG_NEVER_FAILS = 0.02;
export const FLAG_ALWAYS_FAILS = 0.98;

export async function curriculumHealth(db: Db, content: ContentStore) {
  const { exercises, curriculum } = content.current();
  const submissions = await db.submission.findMany({
    select: { userId: true, exerciseId: true, status: true, createdAt: true, checks: { select: { checkId: true, passed: true } } },
    orderBy: { createdAt: 'asc' },
  });

  const exerciseHealth = exercises.map((exercise) => {
    const mine = submissions.filter((s) => s.exerciseId === exercise.id);
    const learners = new Map<string, typeof mine>();
    for (const s of mine) learners.set(s.userId, [...(learners.get(s.userId) ?? []), s]);
    const attemptsToPass = [...learners.values()].flatMap((list) => {
      const index = list.findIndex((s) => s.status === 'pass');
      return index === -1 ? [] : [index + 1];
    });
    const checks = exercise.checks.map((check) => {
      const results = mine.flatMap((s) => s.checks.filter((c) => c.checkId === check.id));
      const failed = results.filter((r) => !r.passed).length;
      const failRate = rate(failed, results.length);
      const flag =
        results.length < FLAG_MIN_RESULTS || failRate === null ? null : failRate <= FLAG_NEVER_FAILS ? 'almost-never-fails' : failRate >= FLAG_ALWAYS_FAILS ? 'almost-always-fails' : null;
      return { id: check.id, title: check.title, results: results.length, failed, failRate, flag };
    });
    // A submission whose failed checks are exactly a known-wrong solution's probably shares its misconception.
    const misconceptions = exercise.wrong.map((wrong) => {
      const expected = [...wrong.fails].sort().join(',');
      const matches = mine.filter((s) => s.status === 'fail' && s.checks.filter((c) => !c.passed).map((c) => c.checkId).sort().join(',') === expected).length;
      return { file: wrong.file, misconception: wrong.misconception, fails: wrong.fails, matches };
    });
    return {
      id: exercise.id, title: exercise.title, kind: exercise.kind, topic: exercise.topic,
      attempts: mine.length, learners: learners.size, passRate: rate(mine.filter((s) => s.status === 'pass').length, mine.length),
      medianAttemptsToPass: median(attemptsToPass),
      checks: checks.sort((a, b) => (b.failRate ?? -1) - (a.failRate ?? -1)),
      misconceptions: misconceptions.sort((a, b) => b.matches - a.matches),
    };
  });

  const answers = await db.quizAnswer.findMany({ select: { itemId: true, correct: true, answer: true } });
  const quizHealth = curriculum.topics.flatMap(({ topic, quiz }) =>
    quiz.map((item) => {
      const mine = answers.filter((a) => a.itemId === item.id);
      const options = 'options' in item && item.options ? item.options : [];
      const choices = options.map((option) => ({
        id: option.id, text: option.text, correct: option.correct,
        chosen: mine.filter((a) => ((a.answer as { optionIds?: string[] }).optionIds ?? []).includes(option.id)).length,
      }));
      return { id: item.id, topic: topic.id, kind: item.kind, prompt: item.prompt, answers: mine.length, successRate: rate(mine.filter((a) => a.correct).length, mine.length), choices };
    }),
  );

  return {
    exercises: exerciseHealth,
    quizItems: quizHealth,
    flaggedChecks: exerciseHealth.flatMap((e) => e.checks.filter((c) => c.flag).map((c) => ({ exerciseId: e.id, ...c }))),
    problems: content.problems(),
  };
}
