// Running the checks: one submission at a time, the latest report kept while a new run is
// going or when the grader is busy (429 GRADER_BUSY with the seconds to wait).
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { api, type ApiError } from '../api/client.ts';
import { asApiError } from './useRequest.ts';
import type { SubmitResponse } from './types.ts';

export type RunState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done' }
  | { kind: 'busy'; seconds: number; at: number }
  | { kind: 'failed'; error: ApiError };

export function retryAfterOf(error: ApiError): number {
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : 5;
}

export function useRun(exerciseId: string, onSubmitted: (result: SubmitResponse) => void) {
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const [result, setResult] = useState<SubmitResponse | null>(null);
  const running = useRef(false);
  const submitted = useRef(onSubmitted);
  useLayoutEffect(() => {
    submitted.current = onSubmitted;
  });

  const run = useCallback(async (code: string) => {
    if (running.current) return;
    running.current = true;
    setState({ kind: 'running' });
    try {
      const res = await api<SubmitResponse>('POST', `/api/exercises/${encodeURIComponent(exerciseId)}/submissions`, { code });
      setResult(res);
      setState({ kind: 'done' });
      submitted.current(res);
    } catch (e) {
      const error = asApiError(e);
      setState(error.code === 'GRADER_BUSY' ? { kind: 'busy', seconds: retryAfterOf(error), at: Date.now() } : { kind: 'failed', error });
    } finally {
      running.current = false;
    }
  }, [exerciseId]);

  return { state, result, run };
}
