import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../api/client.ts';

export type RequestState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError }
  | { status: 'ok'; data: T; error?: undefined };

export function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError(0, { code: 'UNEXPECTED', message: 'Something went wrong. Please try again.' });
}

/** GETs `path` (null: wait) and keeps loading/error/data apart; `reload` fetches again. */
export function useRequest<T>(path: string | null): RequestState<T> & { reload: () => void } {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const key = path === null ? null : `${generation}:${path}`;
  // Reset to "loading" during render when the path changes, so stale data never shows.
  if (key !== loadedKey) {
    setLoadedKey(key);
    setState({ status: 'loading' });
  }

  useEffect(() => {
    if (path === null) return;
    let cancelled = false;
    api<T>('GET', path).then(
      (data) => !cancelled && setState({ status: 'ok', data }),
      (caught: unknown) => !cancelled && setState({ status: 'error', error: asApiError(caught) }),
    );
    return () => {
      cancelled = true;
    };
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
