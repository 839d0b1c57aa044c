// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../auth/AuthContext.tsx';
import { progressFixture, roadmapFixture, topicFixture } from '../learn/fixtures.ts';
import { serve, type Handler } from '../learn/test-utils.ts';
import { Home } from './Home.tsx';
import { Lesson } from './Lesson.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const signedIn: Handler = (method, url) => {
  if (url === '/api/auth/refresh') return { status: 200, body: { accessToken: 'a.b.c' } };
  if (url === '/api/me') return { status: 200, body: { user: { id: 'u1', email: 'ada@example.com', role: 'learner', createdAt: '' } } };
  if (url === '/api/roadmap') return { status: 200, body: roadmapFixture };
  if (url === '/api/progress') return { status: 200, body: progressFixture };
  return undefined;
};

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <AuthProvider>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/topics/:id" element={<Lesson />} />
        </Routes>
      </AuthProvider>
    </MemoryRouter>,
  );
}

describe('Home', () => {
  it('first visit: choose a goal, skip the quick check, land on the next step with its reason', async () => {
    let placement = 'none';
    const calls = serve((method, url, body) => {
      if (url === '/api/next') {
        return { status: 200, body: { goal: 'express', placement, next: { item: { kind: 'lesson', id: 'express', topicId: 'express', conceptIds: [] }, conceptId: 'express.routes', reason: 'Express is next on your goal.', why: 'new', evidence: [] } } };
      }
      if (url === '/api/goal') return { status: 200, body: { goal: (body as { goal: string }).goal, next: null } };
      if (url === '/api/placement') return { status: 201, body: { attemptId: 'p1', done: false, asked: 0, item: topicFixture.quiz[0] } };
      if (url === '/api/placement/p1/skip') {
        placement = 'done';
        return { status: 200, body: { next: null } };
      }
      return signedIn(method, url, body);
    });
    renderAt('/');
    expect(await screen.findByRole('heading', { name: 'What do you want to learn?' })).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: /Express/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Skip it, start from the beginning' }));
    expect(await screen.findByRole('heading', { name: 'Your next step: Express' })).toBeTruthy();
    expect(screen.getByText('Express is next on your goal.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Read the lesson' }).getAttribute('href')).toBe('/topics/express');
    expect(await screen.findByRole('heading', { name: 'Something else' })).toBeTruthy();
    expect(calls.find((c) => c.url === '/api/goal')?.body).toEqual({ goal: 'express' });
  });

  it('a reload mid-placement lands back in the same quick check, not the first-visit steps', async () => {
    const calls = serve((method, url, body) => {
      if (url === '/api/next') return { status: 200, body: { goal: 'express', placement: 'running', next: null } };
      if (method === 'GET' && url === '/api/placement') return { status: 200, body: { placement: { attemptId: 'p2', done: false, asked: 1, item: topicFixture.quiz[0] } } };
      return signedIn(method, url, body);
    });
    renderAt('/');
    expect(await screen.findByText('Question 2')).toBeTruthy();
    expect(screen.getByText('Which runs first?')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Take the quick check?' })).toBeNull();
    expect(screen.getByText('2. Quick check').getAttribute('aria-current')).toBe('step');
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/placement')).toBe(false);
  });

  it('shows an error with a retry when the next step does not load', async () => {
    serve((method, url, body) => (url === '/api/next' ? { status: 500, body: { error: { code: 'INTERNAL', message: 'Something broke.' } } } : signedIn(method, url, body)));
    renderAt('/');
    expect((await screen.findByRole('alert')).textContent).toContain('Something broke.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('Lesson', () => {
  it('an unknown topic is a 404 page', async () => {
    serve((method, url, body) =>
      url === '/api/topics/nope' ? { status: 404, body: { error: { code: 'TOPIC_NOT_FOUND', message: 'There is no topic with that id.' } } } : signedIn(method, url, body));
    renderAt('/topics/nope');
    expect(await screen.findByRole('heading', { name: 'Topic not found' })).toBeTruthy();
  });

  it('renders the lesson, records the view and ends with its quick check', async () => {
    const calls = serve((method, url, body) => {
      if (url === '/api/topics/express') return { status: 200, body: topicFixture };
      if (url === '/api/topics/express/lesson-viewed') return { status: 204 };
      if (url === '/api/quiz/answers') return { status: 201, body: { attemptId: 'q1', itemId: 'express.q-route-order', topicId: 'express', correct: true, solution: { optionIds: ['a'] }, explanation: 'First match wins.', feedback: [], next: null } };
      return signedIn(method, url, body);
    });
    renderAt('/topics/express');
    expect(await screen.findByRole('heading', { level: 1, name: 'Express - routes, middleware and errors' })).toBeTruthy();
    expect(await screen.findByText('A route pairs a method and a path.')).toBeTruthy();
    expect(document.querySelector('pre code.hljs')).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'The first registered route' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByText('First match wins.')).toBeTruthy();
    expect(calls.some((c) => c.url === '/api/topics/express/lesson-viewed' && c.method === 'POST')).toBe(true);
    expect(calls.find((c) => c.url === '/api/quiz/answers')?.body).toEqual({ itemId: 'express.q-route-order', answer: { optionIds: ['a'] }, kind: 'topic' });
  });
});
