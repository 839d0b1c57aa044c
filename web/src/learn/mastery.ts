// Mastery levels as words, colours and patterns: colour is never the only signal.
import type { ConceptStatus, MasteryLevel, TopicLevel } from './types.ts';

export const MASTERY_LEVELS: MasteryLevel[] = ['not-started', 'practising', 'proficient', 'mastered'];

export const masteryLabel: Record<MasteryLevel, string> = {
  'not-started': 'Not started',
  practising: 'Practising',
  proficient: 'Proficient',
  mastered: 'Mastered',
};

/** Fill and border per level; the palette keeps text contrast at 4.5:1 or better on the fill. */
export const masteryColour: Record<MasteryLevel, { fill: string; stroke: string }> = {
  'not-started': { fill: '#eef0f3', stroke: '#6b7280' },
  practising: { fill: '#fdecc8', stroke: '#a15c00' },
  proficient: { fill: '#dbe7ff', stroke: '#2457d6' },
  mastered: { fill: '#d3f2dc', stroke: '#1a7f37' },
};

/** A glyph per level, so the level reads without colour too. */
export const masteryIcon: Record<MasteryLevel, string> = {
  'not-started': '○',
  practising: '◔',
  proficient: '◑',
  mastered: '●',
};

export const topicLevelLabel: Record<TopicLevel, string> = { core: 'Core', advanced: 'Advanced' };

export const conceptStatusLabel: Record<ConceptStatus, string> = {
  unknown: 'Not started',
  learning: 'Learning',
  mastered: 'Mastered',
  due: 'Due for review',
};

export const percent = (p: number) => `${Math.round(Math.max(0, Math.min(1, p)) * 100)}%`;
