// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExercisePage } from './ExercisePage.tsx';
import { failingHttpReport } from './fixtures.ts';

// CodeMirror needs layout jsdom does not have: the lazy editor becomes the plain textarea
// with the same contract (the app itself always loads the real editor).
vi.mock('./Editor.tsx', async () => ({ default: (await import('./PlainEditor.tsx')).PlainEditor }));

type Answer = { status: number; body?: unknown } | Promise<{ status: number; body?: unknown }>;
type Handler = (method: string, url: string, body: unknown) => Answer | undefined;

const exercise = {
  id: 'todos-api', title: 'A small todo list API', kind: 'http', topic: 'express', concepts: [], difficulty: 2,
  prompt: '# A small todo list API\n\nAnswer `404` with `{ error }`.\n\n```js\napp.get("/todos", handler);\n```',
  starter: 'starter code', hintCount: 2,
  checks: [{ id: 'missing-todo-404', title: 'GET /todos/999 answers 404 with an error', concepts: [] }],
};
const summary = { id: 's1', status: 'fail', passed: 1, total: 2, durationMs: 300, createdAt: '2026-01-02T10:00:00.000Z' };
const next = {
  goal: 'core', placement: 'done',
  next: {
    item: { kind: 'lesson', id: 'http-status', topicId: 'http', conceptIds: [] }, conceptId: 'http.status-codes', why: 'failure-gap', reason: 'You failed 2 checks on status codes; the lesson explains them.',
    evidence: [{ kind: 'concept', id: 'http.status-codes', title: 'Status codes', mastery: 0.234, recall: 1, attempts: 2 }],
  },
};

function serve(handler: Handler) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, url, body });
    const answer = (await handler(method, url, body)) ?? defaults(method, url);
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } });
  });
  return calls;
}

function defaults(method: string, url: string): { status: number; body?: unknown } {
  if (url === '/api/exercises/todos-api') return { status: 200, body: { exercise } };
  if (url === '/api/exercises/todos-api/draft') return method === 'GET' ? { status: 200, body: { code: 'my saved draft', savedAt: '2026-01-01T00:00:00.000Z' } } : { status: 200, body: { savedAt: 'now' } };
  if (url === '/api/exercises/todos-api/submissions' && method === 'GET') return { status: 200, body: { submissions: [] } };
  if (url === '/api/exercises/todos-api/hints' && method === 'GET') return { status: 200, body: { of: 2, revealed: [] } };
  if (url === '/api/next') return { status: 200, body: next };
  return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'There is no such endpoint.' } } };
}

function renderAt(path = '/exercises/todos-api') {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/exercises/:id" element={<ExercisePage />} />
      </Routes>
    </MemoryRouter>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ExercisePage', () => {
  it('shows the prompt and the saved draft in an editor labelled for screen readers', async () => {
    serve(() => undefined);
    renderAt();
    expect(await screen.findByRole('heading', { level: 1, name: 'A small todo list API' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'A small todo list API' })).toBeTruthy();
    const code = document.querySelector('.prompt pre code.hljs');
    expect(code?.textContent).toBe('app.get("/todos", handler);\n');
    expect(code?.querySelector('.hljs-string')?.textContent).toBe('"/todos"');
    expect(await screen.findByRole('textbox', { name: 'Your solution' })).toHaveProperty('value', 'my saved draft');
    expect(screen.getByText('Saved')).toBeTruthy();
    expect(await screen.findByText(/No submissions yet/)).toBeTruthy();
  });

  it('runs the checks with a visible running state, then shows the report and the next step with its reason', async () => {
    let answer!: (value: { status: number; body: unknown }) => void;
    const calls = serve((method, url) => {
      if (method === 'POST' && url === '/api/exercises/todos-api/submissions') return new Promise((resolve) => (answer = resolve));
      return undefined;
    });
    renderAt();
    const editor = await screen.findByRole('textbox', { name: 'Your solution' });
    await userEvent.type(editor, ' v2');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');

    const button = screen.getByRole('button', { name: /Running checks/ });
    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('Running the checks…');
    expect(screen.getByRole('region', { name: 'Results' }).getAttribute('aria-busy')).toBe('true');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ code: 'my saved draft v2' });
    // The draft is saved right away too, so a reload keeps what was run.
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ code: 'my saved draft v2' });

    answer({ status: 201, body: { submission: summary, report: failingHttpReport } });
    expect(await screen.findByText('Checks finished: 1 of 2 checks passed.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Failed: GET /todos/999 answers 404 with an error' })).toBeTruthy();
    const nextStep = await screen.findByRole('region', { name: 'Your next step' });
    expect(await within(nextStep).findByText('You failed 2 checks on status codes; the lesson explains them.')).toBeTruthy();
    expect(within(nextStep).getByText('Filling a gap')).toBeTruthy();
    // The concept it points at is named, with its mastery as text.
    expect(within(nextStep).getByText('Status codes')).toBeTruthy();
    expect(within(nextStep).getByText(/^The gap to work on:/).textContent).toBe('The gap to work on: Status codes (chance you know it now: 23%)');
    expect(within(nextStep).getByRole('link', { name: 'Read the lesson' }).getAttribute('href')).toBe('/topics/http');
    const history = screen.getByRole('region', { name: 'Your submissions' });
    expect(within(history).getByText('1 of 2 checks passed')).toBeTruthy();
  });

  it('tells the learner to retry when the grader is busy (429) and keeps their code', async () => {
    let busy = true;
    serve((method, url) => {
      if (method !== 'POST' || url !== '/api/exercises/todos-api/submissions') return undefined;
      if (busy) return { status: 429, body: { error: { code: 'GRADER_BUSY', message: 'The grader is busy with other submissions right now.', details: { retryAfterSeconds: 7 } } } };
      return { status: 201, body: { submission: summary, report: failingHttpReport } };
    });
    renderAt();
    const editor = await screen.findByRole('textbox', { name: 'Your solution' });
    await userEvent.clear(editor);
    await userEvent.type(editor, 'my precious code');
    await userEvent.click(screen.getByRole('button', { name: 'Run checks' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The grader is busy with other submissions.');
    expect(alert.textContent).toContain('Your code is not lost');
    expect(alert.textContent).toContain('Run the checks again in 7 s.');
    expect(editor).toHaveProperty('value', 'my precious code');
    expect(screen.getByRole('button', { name: 'Run checks' })).toHaveProperty('disabled', false);

    busy = false;
    await userEvent.click(screen.getByRole('button', { name: 'Run checks' }));
    expect(await screen.findByText('Checks finished: 1 of 2 checks passed.')).toBeTruthy();
    expect(screen.queryByText(/The grader is busy/)).toBeNull();
  });

  it('explains a submission that is too large', async () => {
    serve((method, url) => (method === 'POST' && url.endsWith('/submissions')
      ? { status: 413, body: { error: { code: 'SUBMISSION_TOO_LARGE', message: 'The code is larger than 100 KB, so it was not graded.' } } }
      : undefined));
    renderAt();
    await screen.findByRole('textbox', { name: 'Your solution' });
    await userEvent.click(screen.getByRole('button', { name: 'Run checks' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Your code was not graded. The code is larger than 100 KB');
  });

  it('reveals hints one at a time', async () => {
    const calls = serve((method, url) => {
      const n = /\/hints\/(\d)$/.exec(url)?.[1];
      return method === 'POST' && n ? { status: 200, body: { number: Number(n), of: 2, hint: `hint number ${n}` } } : undefined;
    });
    renderAt();
    await userEvent.click(await screen.findByRole('button', { name: 'Show hint 1 of 2' }));
    expect(await screen.findByText('hint number 1')).toBeTruthy();
    expect(screen.queryByText('hint number 2')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show hint 2 of 2' }));
    expect(await screen.findByText('hint number 2')).toBeTruthy();
    expect(screen.getByText('That was the last hint.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/exercises/todos-api/hints/1', '/api/exercises/todos-api/hints/2']);
  });

  it('lists the hints revealed before a reload (from the server) and goes on from there', async () => {
    const calls = serve((method, url) => {
      if (method === 'GET' && url === '/api/exercises/todos-api/hints') return { status: 200, body: { of: 2, revealed: [{ number: 1, hint: 'hint number 1' }] } };
      if (method === 'POST' && url.endsWith('/hints/2')) return { status: 200, body: { number: 2, of: 2, hint: 'hint number 2' } };
      return undefined;
    });
    renderAt();
    const hints = await screen.findByRole('region', { name: 'Hints' });
    expect(await within(hints).findByText('hint number 1')).toBeTruthy();
    expect(within(hints).getByText('The hint you have revealed:')).toBeTruthy();
    await userEvent.click(within(hints).getByRole('button', { name: 'Show hint 2 of 2' }));
    expect(await within(hints).findByText('hint number 2')).toBeTruthy();
    expect(within(hints).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Hint 1: hint number 1', 'Hint 2: hint number 2']);
    expect(within(hints).getByText('That was the last hint.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/exercises/todos-api/hints/2']);
  });

  it('shows an error with a retry when the revealed hints do not load', async () => {
    let fail = true;
    serve((method, url) => (method === 'GET' && url === '/api/exercises/todos-api/hints' && fail
      ? { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong on our side.' } } }
      : undefined));
    renderAt();
    const hints = await screen.findByRole('region', { name: 'Hints' });
    expect((await within(hints).findByRole('alert')).textContent).toContain('Could not load your hints.');
    fail = false;
    await userEvent.click(within(hints).getByRole('button', { name: 'Try again' }));
    expect(await within(hints).findByRole('button', { name: 'Show hint 1 of 2' })).toBeTruthy();
  });

  it('opens the report of a past submission', async () => {
    serve((method, url) => {
      if (method === 'GET' && url === '/api/exercises/todos-api/submissions') return { status: 200, body: { submissions: [summary] } };
      if (url === '/api/submissions/s1') return { status: 200, body: { submission: summary, code: 'old code', report: failingHttpReport } };
      return undefined;
    });
    renderAt();
    const open = await screen.findByRole('button', { name: /^Open report/ });
    await userEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByText('old code')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Failed: GET /todos/999 answers 404 with an error' })).toBeTruthy();
  });

  it('says when an exercise does not exist', async () => {
    serve((_m, url) => (url === '/api/exercises/nope' ? { status: 404, body: { error: { code: 'EXERCISE_NOT_FOUND', message: 'There is no exercise with that id.' } } } : undefined));
    renderAt('/exercises/nope');
    expect(await screen.findByRole('heading', { name: 'Exercise not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your next step' })).toBeTruthy();
  });

  it('shows an error with a retry when the exercise cannot be loaded', async () => {
    let fail = true;
    serve((_m, url) => (url === '/api/exercises/todos-api' && fail ? { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong on our side.' } } } : undefined));
    renderAt();
    expect((await screen.findByRole('alert')).textContent).toContain('Could not load this exercise. Something went wrong on our side.');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'A small todo list API' })).toBeTruthy();
  });
});
