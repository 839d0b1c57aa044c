// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diffRows } from './DiffView.tsx';
import { compileErrorReport, failingHttpReport, passingReport, timeLimitReport } from './fixtures.ts';
import { comparisonOf } from './format.ts';
import { Results } from './Results.tsx';
import type { CheckResult } from './types.ts';

afterEach(cleanup);

const checkItem = (title: string) => screen.getByRole('heading', { name: new RegExp(title.replace(/[/]/g, '\\/')) }).closest('li')!;

describe('Results', () => {
  it('says pass and fail in words next to each check title, with the learner-facing message', () => {
    render(<Results report={failingHttpReport} />);
    expect(screen.getByText('1 of 2 checks passed')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Passed: GET /todos lists the two starting todos as JSON' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Failed: GET /todos/999 answers 404 with an error' })).toBeTruthy();
    expect(within(checkItem('GET /todos/999')).getByText('the status: expected 404, got 200')).toBeTruthy();
  });

  it('shows the request that was sent and the expected vs received response as a diff', () => {
    render(<Results report={failingHttpReport} />);
    const failed = checkItem('GET /todos/999');
    expect(within(failed).getAllByText(/GET \/todos\/999/)[0]).toBeTruthy();
    const diff = within(failed).getByRole('figure');
    expect(within(diff).getByText('Expected vs received: the status')).toBeTruthy();
    const lines = [...diff.querySelectorAll('.diff-line')].map((l) => l.textContent);
    expect(lines).toContain('− expected: HTTP 404\n');
    expect(lines).toContain('+ received: HTTP 200\n');
    // The unchanged body is shown as context, not as a difference.
    expect(lines.some((l) => l?.startsWith('  ') && l.includes('"error": "not found"'))).toBe(true);
  });

  it('shows the console output, stream by stream, and says when it was truncated', () => {
    render(<Results report={failingHttpReport} />);
    const output = document.querySelector('.console')!;
    expect(output.textContent).toContain('stdout listening');
    expect(output.textContent).toContain('stderr deprecated thing');
    expect(screen.getByText(/Output truncated/)).toBeTruthy();
  });

  it('explains a compile error with its line and moves the editor there', async () => {
    const onShowLine = vi.fn();
    render(<Results report={compileErrorReport} onShowLine={onShowLine} />);
    expect(screen.getByText('Not graded')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your code did not compile' })).toBeTruthy();
    expect(screen.getByText('Expected "]" but found ")"')).toBeTruthy();
    expect(screen.getByText(/At line 4, column 16 of your code/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show line 4 in the editor' }));
    expect(onShowLine).toHaveBeenCalledWith({ file: 'solution.ts', line: 4, column: 16 });
    expect(screen.getByText(/none of the 2 checks ran/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Checks' })).toBeNull();
  });

  it('puts a time limit in plain words', () => {
    render(<Results report={timeLimitReport} />);
    expect(screen.getByRole('heading', { name: 'Time limit reached' })).toBeTruthy();
    expect(screen.getAllByText(/look for an infinite loop or a loop that never waits/).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: /^Failed: GET \/todos lists/ })).toBeTruthy();
    expect(screen.getByText(/1 more checks, because grading stopped early/)).toBeTruthy();
    expect(document.querySelector('.console')!.textContent).toContain('stderr warn!');
  });

  it('says when everything passed', () => {
    render(<Results report={passingReport} />);
    expect(screen.getByText('All 2 checks passed')).toBeTruthy();
    expect(screen.getAllByRole('heading', { name: /^Passed: / })).toHaveLength(2);
    expect(screen.queryByRole('figure')).toBeNull();
  });
});

describe('comparisonOf', () => {
  const base: CheckResult = {
    id: 'c', title: 't', concepts: [], passed: false, durationMs: 1,
    http: [{ request: { method: 'GET', path: '/x', headers: {} }, response: { status: 200, headers: { 'content-type': 'text/html' }, body: { error: 'nope' } } }],
  };

  it('puts an expected body into the received response', () => {
    const c = comparisonOf({ ...base, expected: { id: 2 }, actual: { error: 'nope' } })!;
    expect(c.subject).toBe('the body');
    const rows = diffRows(c.expected, c.actual);
    expect(rows.filter((r) => r.kind === 'expected').map((r) => r.text.trim())).toEqual(['"id": 2']);
    expect(rows.filter((r) => r.kind === 'actual').map((r) => r.text.trim())).toEqual(['"error": "nope"']);
  });

  it('finds the header an expectation was about', () => {
    expect(comparisonOf({ ...base, expected: 'application/json', actual: 'text/html' })?.subject).toBe('the content-type header');
  });

  it('falls back to the two values when they are not part of the response', () => {
    const c = comparisonOf({ ...base, expected: ['a'], actual: ['b'] })!;
    expect(c).toEqual({ subject: 'the value', expected: '[\n  "a"\n]', actual: '[\n  "b"\n]' });
  });
});
