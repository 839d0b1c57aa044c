import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../curriculum/schemas.ts';
import { blindChoices, markQuizAnswer } from './quiz-grading.ts';

const opts = (n: number, right: number[]) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, text: `option ${i}`, correct: right.includes(i) }));
const base = { id: 'http.q-x', prompt: 'Which?', concepts: ['http.methods'], explanation: 'Because.' };

describe('blindChoices: what a blind guess picks among, for the engine chance rate', () => {
  it('is the option count for a single choice', () => {
    expect(blindChoices({ ...base, kind: 'single', options: opts(4, [1]) } as QuizItem)).toBe(4);
  });

  it('is every non-empty subset for a multiple choice, which is marked right only on the exact set', () => {
    const item = { ...base, kind: 'multiple', options: opts(5, [0, 1, 2]) } as QuizItem;
    expect(blindChoices(item)).toBe(31);
    // Exactly one of the 31 non-empty selections is right.
    let right = 0;
    for (let mask = 1; mask < 32; mask++) {
      const optionIds = [0, 1, 2, 3, 4].filter((i) => mask & (1 << i)).map((i) => `o${i}`);
      if (markQuizAnswer(item, { optionIds }).correct) right++;
    }
    expect(right).toBe(1);
  });

  it('is undefined for typed answers', () => {
    expect(blindChoices({ ...base, kind: 'short', accept: ['PATCH'] } as QuizItem)).toBeUndefined();
  });
});
