// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client.ts';
import { QuizItemCard } from './QuizItemCard.tsx';
import type { AnswerResult, QuizItem } from './types.ts';

afterEach(cleanup);

const single: QuizItem = {
  id: 'express.q-route-order', kind: 'single', concepts: ['express.routes'],
  prompt: 'What handles `GET /users/me`?',
  options: [{ id: 'a', text: 'getUser' }, { id: 'b', text: 'getMe' }],
};

describe('QuizItemCard', () => {
  it('single choice: sends the chosen option, then shows the verdict, the right answer, feedback and the explanation', async () => {
    const submit = vi.fn(async (): Promise<AnswerResult> => ({
      itemId: single.id, correct: false, solution: { optionIds: ['a'] }, explanation: 'Routes are tried in registration order.',
      feedback: [{ optionId: 'b', text: 'Express does not rank routes by specificity.' }],
    }));
    render(<QuizItemCard item={single} submit={submit} />);
    expect(screen.getByRole('heading', { name: 'What handles GET /users/me?' })).toBeTruthy();
    const check = screen.getByRole('button', { name: 'Check answer' });
    expect(check).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('radio', { name: 'getMe' }));
    await userEvent.click(check);
    expect(submit).toHaveBeenCalledWith({ optionIds: ['b'] });
    expect(await screen.findByText('Not quite.')).toBeTruthy();
    expect(screen.getByText('Routes are tried in registration order.')).toBeTruthy();
    expect(screen.getByText('Express does not rank routes by specificity.')).toBeTruthy();
    expect(screen.getByText('✓ Correct answer', { exact: false }).closest('label')?.textContent).toContain('getUser');
    expect(screen.getByText('✗ Your answer', { exact: false }).closest('label')?.textContent).toContain('getMe');
    expect(screen.queryByRole('button', { name: 'Check answer' })).toBeNull();
    expect(screen.getByRole('radio', { name: /getUser/ })).toHaveProperty('disabled', true);
  });

  it('multiple choice: uses checkboxes and sends every chosen option', async () => {
    const item: QuizItem = { ...single, id: 'm', kind: 'multiple', prompt: 'Which are middleware?', options: [{ id: 'a', text: 'cors()' }, { id: 'b', text: 'express.json()' }, { id: 'c', text: 'listen' }] };
    const submit = vi.fn(async (): Promise<AnswerResult> => ({ itemId: 'm', correct: true, solution: { optionIds: ['a', 'b'] }, explanation: 'Both take (req, res, next).' }));
    render(<QuizItemCard item={item} submit={submit} />);
    expect(screen.getByText('Choose every answer that applies.')).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: 'cors()' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'express.json()' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'listen' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'listen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(submit).toHaveBeenCalledWith({ optionIds: ['a', 'b'] });
    expect(await screen.findByText('Correct.')).toBeTruthy();
    expect(screen.getByText('Both take (req, res, next).')).toBeTruthy();
  });

  it('short answer: sends the text and shows what is accepted', async () => {
    const item: QuizItem = { id: 's', kind: 'short', prompt: 'Which status code means Not Found?', concepts: [] };
    const submit = vi.fn(async (): Promise<AnswerResult> => ({ itemId: 's', correct: true, solution: { accepted: ['404'] }, explanation: '404 Not Found.' }));
    render(<QuizItemCard item={item} submit={submit} />);
    await userEvent.type(screen.getByLabelText('Your answer'), '404{Enter}');
    expect(submit).toHaveBeenCalledWith({ text: '404' });
    expect(await screen.findByText('Correct.')).toBeTruthy();
    expect(screen.getByText('Accepted:', { exact: false }).textContent).toContain('404');
  });

  it('output: shows the code, takes several lines and shows what it really prints', async () => {
    const item: QuizItem = { id: 'o', kind: 'output', prompt: 'What does this print?', code: "console.log(typeof '42')", concepts: [] };
    const submit = vi.fn(async (): Promise<AnswerResult> => ({ itemId: 'o', correct: false, solution: { accepted: ['string'] }, explanation: 'Route params are strings.' }));
    render(<QuizItemCard item={item} submit={submit} />);
    expect(screen.getByLabelText('Code').textContent).toBe("console.log(typeof '42')");
    await userEvent.type(screen.getByLabelText('What it prints'), 'number');
    await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(submit).toHaveBeenCalledWith({ text: 'number' });
    expect(await screen.findByText('Not quite.')).toBeTruthy();
    expect(screen.getByText('It prints:')).toBeTruthy();
    expect(screen.getByText('string')).toBeTruthy();
    expect(screen.getByText('Route params are strings.')).toBeTruthy();
  });

  it('409 already answered: says so and does not offer to send again', async () => {
    const submit = vi.fn(async (): Promise<AnswerResult> => {
      throw new ApiError(409, { code: 'QUIZ_ALREADY_ANSWERED', message: 'You already answered this question in this attempt.' });
    });
    render(<QuizItemCard item={single} submit={submit} />);
    await userEvent.click(screen.getByRole('radio', { name: 'getUser' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/already answered this question/);
    expect(screen.queryByRole('button', { name: 'Check answer' })).toBeNull();
  });

  it('other errors: shows the message and lets the learner try again', async () => {
    const submit = vi.fn()
      .mockRejectedValueOnce(new ApiError(0, { code: 'NETWORK', message: 'The server cannot be reached.' }))
      .mockResolvedValueOnce({ itemId: single.id, correct: true, solution: { optionIds: ['a'] }, explanation: 'Order wins.' });
    render(<QuizItemCard item={single} submit={submit} />);
    await userEvent.click(screen.getByRole('radio', { name: 'getUser' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The server cannot be reached.');
    await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByText('Correct.')).toBeTruthy();
    expect(submit).toHaveBeenCalledTimes(2);
  });
});
