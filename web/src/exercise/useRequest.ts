// One GET with loading, error and retry, ignoring answers that arrive after the inputs changed.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/client.ts';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; data: T };

export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError(0, { code: 'CLIENT', message: error instanceof Error ? error.message : String(error) });

/** `version` refetches when it changes (for data another action has just updated). */
export function useRequest<T>(path: string | null, version = 0): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState({ status: 'loading' });
    api<T>('GET', path).then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
  }, [path, attempt, version]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
