// The learner's draft for one exercise, kept on the server so it follows them: loaded once,
// saved `delayMs` after typing stops, when the page is hidden and when the page is left.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { asApiError, type Loaded } from './useRequest.ts';

export type SaveState =
  | { kind: 'clean'; savedAt: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string }
  | { kind: 'error'; reason: string };

export interface Draft {
  load: Loaded<{ code: string; savedAt: string | null }>;
  save: SaveState;
  /** Call on every edit; saves after the pause. */
  change: (code: string) => void;
  /** Saves now if anything is unsaved (retries a failed save). */
  flush: () => Promise<void>;
  reload: () => void;
}

export function useDraft(exerciseId: string, delayMs = 800): Draft {
  const [load, setLoad] = useState<Draft['load']>({ status: 'loading' });
  const [save, setSave] = useState<SaveState>({ kind: 'clean', savedAt: null });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef<string | undefined>(undefined);
  const saved = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | undefined>(undefined);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    while (inFlight.current) await inFlight.current;
    const code = latest.current;
    if (code === undefined || code === saved.current) return;
    setSave({ kind: 'saving' });
    const request = api<{ savedAt: string }>('PUT', `/api/exercises/${encodeURIComponent(exerciseId)}/draft`, { code }).then(
      ({ savedAt }) => {
        saved.current = code;
        setSave(latest.current === code ? { kind: 'saved', savedAt } : { kind: 'pending' });
      },
      (error: unknown) => {
        const e = asApiError(error);
        const field = e.fieldMessages().code;
        setSave({ kind: 'error', reason: field ? `the code ${field}.` : e.message });
      },
    );
    inFlight.current = request.finally(() => (inFlight.current = undefined));
    await inFlight.current;
  }, [exerciseId]);

  const change = useCallback((code: string) => {
    latest.current = code;
    clearTimeout(timer.current);
    if (code === saved.current) {
      timer.current = undefined;
      return;
    }
    setSave((s) => (s.kind === 'saving' || s.kind === 'error' ? s : { kind: 'pending' }));
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [delayMs, flush]);

  useEffect(() => {
    let current = true;
    latest.current = saved.current = undefined;
    setLoad({ status: 'loading' });
    api<{ code: string; savedAt: string | null }>('GET', `/api/exercises/${encodeURIComponent(exerciseId)}/draft`).then(
      (data) => {
        if (!current) return;
        latest.current = saved.current = data.code;
        setSave({ kind: 'clean', savedAt: data.savedAt });
        setLoad({ status: 'ready', data });
      },
      (error: unknown) => current && setLoad({ status: 'error', error: asApiError(error) }),
    );
    return () => {
      current = false;
    };
  }, [exerciseId, attempt]);

  // Leaving: save what is left, and ask before closing the tab with unsaved code.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (latest.current !== undefined && latest.current !== saved.current) {
        void flush();
        event.preventDefault();
      }
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      void flush();
    };
  }, [flush]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, save, change, flush, reload };
}
