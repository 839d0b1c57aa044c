// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Placement } from './Placement.tsx';
import { serve } from './test-utils.ts';
import type { QuizItem } from './types.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const q1: QuizItem = { id: 'js.q1', kind: 'single', prompt: 'What is a closure?', concepts: ['js.closures'], options: [{ id: 'a', text: 'A function with its scope' }, { id: 'b', text: 'A loop' }] };
const q2: QuizItem = { id: 'http.q1', kind: 'short', prompt: 'Status code for Not Found?', concepts: ['http.status'] };
const marked = (itemId: string, extra: object) => ({ itemId, topicId: 't', correct: true, solution: { optionIds: ['a'] }, explanation: `Explained ${itemId}.`, feedback: [], ...extra });

describe('Placement', () => {
  it('asks until the engine is done, explains each answer, then stops', async () => {
    const calls = serve((method, url, body) => {
      if (method === 'POST' && url === '/api/placement') return { status: 201, body: { attemptId: 'att1', done: false, asked: 0, reason: 'start', item: q1 } };
      if (url === '/api/placement/att1/answers') {
        const itemId = (body as { itemId: string }).itemId;
        return itemId === 'js.q1'
          ? { status: 201, body: marked('js.q1', { done: false, asked: 1, confidence: 0.6, item: q2 }) }
          : { status: 201, body: marked('http.q1', { solution: { accepted: ['404'] }, done: true, asked: 2, confidence: 0.95, item: null, next: null }) };
      }
      return undefined;
    });
    const onFinished = vi.fn();
    render(<Placement onFinished={onFinished} />);
    expect(await screen.findByText('Question 1')).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'A function with its scope' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByText('Explained js.q1.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Next question' }));

    expect(await screen.findByText('Question 2')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Your answer'), '404');
    await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByText('Explained http.q1.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Next question' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Finish the quick check' }));

    expect(await screen.findByRole('heading', { name: 'Quick check done' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'See your next step' }));
    expect(onFinished).toHaveBeenCalledTimes(1);
    expect(calls.filter((c) => c.url.endsWith('/answers')).map((c) => c.body)).toEqual([
      { itemId: 'js.q1', answer: { optionIds: ['a'] } },
      { itemId: 'http.q1', answer: { text: '404' } },
    ]);
  });

  it('finishes at once when the engine needs no questions', async () => {
    serve((method, url) => (url === '/api/placement' ? { status: 201, body: { attemptId: 'att2', done: true, asked: 0, item: null } } : undefined));
    render(<Placement onFinished={() => undefined} />);
    expect(await screen.findByRole('heading', { name: 'Quick check done' })).toBeTruthy();
  });

  it('can be skipped part-way', async () => {
    const calls = serve((method, url) => {
      if (url === '/api/placement') return { status: 201, body: { attemptId: 'att3', done: false, asked: 0, item: q1 } };
      if (url === '/api/placement/att3/skip') return { status: 200, body: { next: null } };
      return undefined;
    });
    const onFinished = vi.fn();
    render(<Placement onFinished={onFinished} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Skip the rest' }));
    expect(onFinished).toHaveBeenCalled();
    expect(calls.at(-1)).toMatchObject({ method: 'POST', url: '/api/placement/att3/skip' });
  });

  it('after a reload, continues the open attempt at the same question and count', async () => {
    const calls = serve((method, url, body) => {
      if (method === 'GET' && url === '/api/placement') return { status: 200, body: { placement: { attemptId: 'att4', done: false, asked: 2, reason: 'r', item: q2 } } };
      if (url === '/api/placement/att4/answers') return { status: 201, body: marked((body as { itemId: string }).itemId, { solution: { accepted: ['404'] }, done: true, asked: 3, item: null }) };
      return undefined;
    });
    render(<Placement onFinished={() => undefined} resume />);
    expect(await screen.findByText('Question 3')).toBeTruthy();
    expect(screen.getByText('Status code for Not Found?')).toBeTruthy();
    expect(screen.getByText(/Welcome back: you have answered 2 questions so far/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Your answer'), '404');
    await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Finish the quick check' }));
    expect(await screen.findByRole('heading', { name: 'Quick check done' })).toBeTruthy();
    // Never a second attempt: the open one was read, not restarted.
    expect(calls.filter((c) => c.method === 'POST' && c.url === '/api/placement')).toEqual([]);
    expect(calls.find((c) => c.url === '/api/placement/att4/answers')?.body).toEqual({ itemId: 'http.q1', answer: { text: '404' } });
  });

  it('starts a new attempt when there was nothing open to resume', async () => {
    const calls = serve((method, url) => {
      if (method === 'GET' && url === '/api/placement') return { status: 200, body: { placement: null } };
      if (method === 'POST' && url === '/api/placement') return { status: 201, body: { attemptId: 'att5', done: false, asked: 0, item: q1 } };
      return undefined;
    });
    render(<Placement onFinished={() => undefined} resume />);
    expect(await screen.findByText('Question 1')).toBeTruthy();
    expect(screen.queryByText(/Welcome back/)).toBeNull();
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/placement', 'POST /api/placement']);
  });

  it('shows an error with a retry when the quick check cannot start', async () => {
    let fail = true;
    serve((method, url) => {
      if (url !== '/api/placement') return undefined;
      return fail ? { status: 503, body: { error: { code: 'UNAVAILABLE', message: 'Try again in a moment.' } } } : { status: 201, body: { attemptId: 'a', done: false, asked: 0, item: q1 } };
    });
    render(<Placement onFinished={() => undefined} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Try again in a moment.');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Question 1')).toBeTruthy();
  });
});
