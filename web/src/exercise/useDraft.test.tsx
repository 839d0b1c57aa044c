// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDraft } from './useDraft.ts';

interface Call {
  method: string;
  url: string;
  body: unknown;
  resolve: (status: number, body: unknown) => void;
}

/** fetch that answers GET /draft at once and holds each PUT until the test answers it. */
function serve() {
  const puts: Call[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    if (init.method === 'GET') return Promise.resolve(json(200, { code: 'starter', savedAt: null }));
    return new Promise<Response>((done) => {
      puts.push({ method: init.method!, url, body: JSON.parse(String(init.body)), resolve: (status, body) => done(json(status, body)) });
    });
  });
  return puts;
}

const tick = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useDraft', () => {
  it('loads the draft, then saves once, 800 ms after typing stops, with the status in between', async () => {
    const puts = serve();
    const { result } = renderHook(() => useDraft('todos-api'));
    await tick(0);
    expect(result.current.load).toEqual({ status: 'ready', data: { code: 'starter', savedAt: null } });
    expect(result.current.save).toEqual({ kind: 'clean', savedAt: null });

    act(() => result.current.change('a'));
    await tick(500);
    act(() => result.current.change('ab'));
    expect(result.current.save.kind).toBe('pending');
    await tick(799);
    expect(puts).toHaveLength(0);
    await tick(1);
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({ method: 'PUT', url: '/api/exercises/todos-api/draft', body: { code: 'ab' } });
    expect(result.current.save.kind).toBe('saving');

    puts[0]!.resolve(200, { savedAt: '2026-01-01T00:00:00.000Z' });
    await tick(0);
    expect(result.current.save).toEqual({ kind: 'saved', savedAt: '2026-01-01T00:00:00.000Z' });
  });

  it('says why a save failed, and saves again on the next edit', async () => {
    const puts = serve();
    const { result } = renderHook(() => useDraft('todos-api'));
    await tick(0);
    act(() => result.current.change('x'.repeat(10)));
    await tick(800);
    puts[0]!.resolve(400, { error: { code: 'VALIDATION_FAILED', message: 'The request did not match.', details: [{ path: 'code', message: 'is too long' }] } });
    await tick(0);
    expect(result.current.save).toEqual({ kind: 'error', reason: 'the code is too long.' });

    act(() => result.current.change('short'));
    expect(result.current.save.kind).toBe('error');
    await tick(800);
    expect(puts[1]!.body).toEqual({ code: 'short' });
    puts[1]!.resolve(200, { savedAt: 'later' });
    await tick(0);
    expect(result.current.save).toEqual({ kind: 'saved', savedAt: 'later' });
  });

  it('does not lose typing that happens while a save is in flight', async () => {
    const puts = serve();
    const { result } = renderHook(() => useDraft('todos-api'));
    await tick(0);
    act(() => result.current.change('one'));
    await tick(800);
    act(() => result.current.change('two'));
    await tick(800);
    expect(puts).toHaveLength(1);
    puts[0]!.resolve(200, { savedAt: 't1' });
    await tick(0);
    expect(puts).toHaveLength(2);
    expect(puts[1]!.body).toEqual({ code: 'two' });
    puts[1]!.resolve(200, { savedAt: 't2' });
    await tick(0);
    expect(result.current.save).toEqual({ kind: 'saved', savedAt: 't2' });
  });

  it('saves at once when asked (before running checks) and when the page is left', async () => {
    const puts = serve();
    const { result, unmount } = renderHook(() => useDraft('todos-api'));
    await tick(0);
    act(() => result.current.change('now'));
    act(() => {
      void result.current.flush();
    });
    expect(puts.map((p) => p.body)).toEqual([{ code: 'now' }]);
    puts[0]!.resolve(200, { savedAt: 't' });
    await tick(0);
    act(() => result.current.change('leaving'));
    unmount();
    expect(puts.map((p) => p.body)).toEqual([{ code: 'now' }, { code: 'leaving' }]);
  });

  it('does not save when the code is back to what was saved', async () => {
    const puts = serve();
    const { result } = renderHook(() => useDraft('todos-api'));
    await tick(0);
    act(() => result.current.change('starter!'));
    act(() => result.current.change('starter'));
    await tick(2000);
    expect(puts).toHaveLength(0);
  });
});
