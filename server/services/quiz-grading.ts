// Marks one quiz answer. Pure, so the rules for each item kind are tested on their own.
import type { QuizItem } from '../curriculum/schemas.ts';

export type QuizAnswer = { optionIds: string[] } | { text: string };

export interface QuizMark {
  correct: boolean;
  /** What a right answer looks like, shown with the explanation after answering. */
  solution: { optionIds: string[] } | { accepted: string[] };
}

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
const normalizeLines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).join('\n').toLowerCase();

export function optionsOf(item: QuizItem): { id: string; text: string; correct: boolean; feedback?: string }[] {
  return 'options' in item && Array.isArray(item.options) ? item.options : [];
}

/**
 * How many different answers a blind guess chooses among, which sets the engine's chance
 * rate: one of n options for a single choice, any non-empty subset (2^n - 1) for a multiple
 * choice, where every right option and no wrong one must be ticked. None for typed answers.
 */
export function blindChoices(item: QuizItem): number | undefined {
  const n = optionsOf(item).length;
  if (n === 0) return undefined;
  return item.kind === 'multiple' ? 2 ** n - 1 : n;
}

export function markQuizAnswer(item: QuizItem, answer: QuizAnswer): QuizMark {
  const options = optionsOf(item);
  if (options.length > 0) {
    const right = options.filter((o) => o.correct).map((o) => o.id).sort();
    const given = 'optionIds' in answer ? [...new Set(answer.optionIds)].sort() : [];
    return { correct: given.length === right.length && given.every((id, i) => id === right[i]), solution: { optionIds: right } };
  }
  const accepted = 'accept' in item && Array.isArray(item.accept) ? item.accept.map(String) : [];
  const text = 'text' in answer ? answer.text : '';
  // "What does this print" answers are compared line by line; short answers as one phrase.
  const same = item.kind === 'output' ? (a: string) => normalizeLines(a) === normalizeLines(text) : (a: string) => normalize(a) === normalize(text);
  const correct = item.kind === 'output' ? same(accepted.join('\n')) : accepted.some(same);
  return { correct, solution: { accepted } };
}

/** The item as a learner sees it before answering: no correct flags, no accepted answers. */
export function publicQuizItem(item: QuizItem) {
  return {
    id: item.id,
    kind: item.kind,
    prompt: item.prompt,
    ...('code' in item && item.code ? { code: item.code } : {}),
    concepts: item.concepts,
    ...(optionsOf(item).length > 0 ? { options: optionsOf(item).map((o) => ({ id: o.id, text: o.text })) } : {}),
  };
}
