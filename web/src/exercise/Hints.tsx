// Hints, revealed one at a time; the server records each one used.
import { useState } from 'react';
import { api, type ApiError } from '../api/client.ts';
import { asApiError } from './useRequest.ts';

interface HintResponse {
  number: number;
  of: number;
  hint: string;
}

export function Hints({ exerciseId, hintCount }: { exerciseId: string; hintCount: number }) {
  const [hints, setHints] = useState<string[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const next = hints.length + 1;

  const reveal = async () => {
    setLoading(true);
    setError(null);
    try {
      const res = await api<HintResponse>('POST', `/api/exercises/${encodeURIComponent(exerciseId)}/hints/${next}`);
      setHints((h) => [...h, res.hint]);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setLoading(false);
    }
  };

  return (
    <section className="hints" aria-labelledby="hints-title">
      <h2 id="hints-title">Hints</h2>
      {hintCount === 0 ? (
        <p className="hint">This exercise has no hints.</p>
      ) : (
        <>
          <ol className="hint-list" aria-live="polite">
            {hints.map((hint, i) => <li key={i}><span className="sr-only">Hint {i + 1}: </span>{hint}</li>)}
          </ol>
          {error && <p className="form-error" role="alert">Could not load hint {next}: {error.message}</p>}
          {hints.length < hintCount ? (
            <button type="button" className="secondary" onClick={() => void reveal()} disabled={loading} aria-busy={loading}>
              {loading ? `Loading hint ${next}…` : `Show hint ${next} of ${hintCount}`}
            </button>
          ) : (
            <p className="hint">That was the last hint.</p>
          )}
        </>
      )}
    </section>
  );
}
