// Check and quiz difficulty learned online: the learning service folds every committed
// result into guess/slip counts, uses them once enough have come in, and rebuilds them from
// the stored log when the process starts again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticContent } from '../../server/services/content.ts';
import { createLearningService } from '../../server/services/learning.ts';
import { createTestApp, realCurriculum, type TestApp } from '../helpers/app.ts';
import { register } from '../helpers/users.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const service = () => createLearningService({ db: t.db, content: staticContent(realCurriculum(), []), now: t.clock.now, difficultyRefreshEvery: 5 });

describe('online check difficulty', () => {
  it('learns an item\'s guess rate from the answers of learners who do not know it, and keeps it across a restart', async () => {
    const item = realCurriculum().topics.flatMap((e) => e.quiz).find((q) => q.id.startsWith('http.'))!;
    const learning = service();
    await learning.difficultyReady();
    expect(learning.difficultyOf(item.id)).toBeUndefined();
    // Newcomers (no evidence yet) who nonetheless answer right: the item is easy to guess.
    for (let i = 0; i < 4; i++) {
      const { id } = await register(t, `guesser${i}@example.com`);
      await learning.record(id, [{ type: 'quiz-answer', itemId: item.id, concepts: item.concepts, correct: true, kind: 'topic' }]);
    }
    // Fewer results than a refresh needs: still the defaults.
    expect(learning.difficultyOf(item.id)).toBeUndefined();
    const { id } = await register(t, 'guesser4@example.com');
    await learning.record(id, [{ type: 'quiz-answer', itemId: item.id, concepts: item.concepts, correct: true, kind: 'topic' }]);
    const learned = learning.difficultyOf(item.id);
    expect(learned).toBeDefined();
    const defaults = learning.model().params.quiz;
    expect(learned!.guess).toBeGreaterThan(defaults.guess);

    const restarted = service();
    await restarted.difficultyReady();
    expect(restarted.difficultyOf(item.id)).toEqual(learned);
  });
});
