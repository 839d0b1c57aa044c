// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { NextStepCard } from './NextStepCard.tsx';
import type { NextStep, RoadmapResponse, StepItem } from './types.ts';

afterEach(cleanup);

const roadmap: RoadmapResponse = {
  roadmap: { id: 'r', title: 'Roadmap', core: ['express'], advanced: [] },
  topics: [{
    id: 'express', title: 'Express', summary: '', level: 'core', order: 1, prerequisites: [], concepts: [], lessonMinutes: 30, quizItems: 3,
    exercises: [{ id: 'express-hello', title: 'Hello, Express', kind: 'http', difficulty: 1 }],
  }],
};

const step = (item: Partial<StepItem> & Pick<StepItem, 'kind' | 'id'>, reason = 'Because the engine says so.'): NextStep => ({
  item: { topicId: 'express', conceptIds: ['express.routes'], ...item },
  conceptId: 'express.routes',
  reason,
  why: 'new',
});

function show(next: NextStep | null) {
  render(<MemoryRouter><NextStepCard step={next} roadmap={roadmap} /></MemoryRouter>);
}

describe('NextStepCard', () => {
  it("shows the engine's reason and the exercise title", () => {
    show(step({ kind: 'exercise', id: 'express-hello' }, 'Your last submission failed the 404 check: routes are the gap.'));
    expect(screen.getByRole('heading', { name: 'Your next step: Hello, Express' })).toBeTruthy();
    expect(screen.getByText('Your last submission failed the 404 check: routes are the gap.')).toBeTruthy();
    expect(screen.getByText('Why this?')).toBeTruthy();
  });

  it.each([
    ['exercise', 'express-hello', 'Start the exercise', '/exercises/express-hello'],
    ['lesson', 'express', 'Read the lesson', '/topics/express'],
    ['quiz', 'express.q-route-order', 'Answer the question', '/topics/express/quiz?item=express.q-route-order'],
    ['review', 'express.q-route-order', 'Review now', '/topics/express/quiz?item=express.q-route-order&kind=review'],
    ['diagnose', 'express.q-param-types', 'Take the quick check', '/topics/express/quiz?item=express.q-param-types&kind=diagnose'],
  ] as const)('links a %s step to the right page', (kind, id, action, href) => {
    show(step({ kind, id }));
    expect(screen.getByRole('link', { name: action }).getAttribute('href')).toBe(href);
    expect(screen.getByText('Because the engine says so.')).toBeTruthy();
  });

  it('says so when nothing is left on the goal', () => {
    show(null);
    expect(screen.getByText(/you have covered it/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'roadmap' }).getAttribute('href')).toBe('/roadmap');
  });
});
