// Hints, revealed one at a time; the server records each one used and lists the revealed ones
// again, so they are still there after a reload.
import { useState } from 'react';
import { api, type ApiError } from '../api/client.ts';
import { Loading, RequestError } from './RequestState.tsx';
import { asApiError, useRequest } from './useRequest.ts';

interface HintResponse {
  number: number;
  of: number;
  hint: string;
}

export interface RevealedHints {
  of: number;
  revealed: { number: number; hint: string }[];
}

export function Hints({ exerciseId, hintCount }: { exerciseId: string; hintCount: number }) {
  const loaded = useRequest<RevealedHints>(hintCount === 0 ? null : `/api/exercises/${encodeURIComponent(exerciseId)}/hints`);
  // Revealed before this page load (from the server), then the ones revealed here.
  const [added, setAdded] = useState<string[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const hints = [...(loaded.status === 'ready' ? loaded.data.revealed.map((h) => h.hint) : []), ...added];
  const next = hints.length + 1;

  const reveal = async () => {
    setLoading(true);
    setError(null);
    try {
      const res = await api<HintResponse>('POST', `/api/exercises/${encodeURIComponent(exerciseId)}/hints/${next}`);
      setAdded((h) => [...h, res.hint]);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setLoading(false);
    }
  };

  let body;
  if (hintCount === 0) body = <p className="hint">This exercise has no hints.</p>;
  else if (loaded.status === 'loading') body = <Loading label="Loading your hints…" />;
  else if (loaded.status === 'error') body = <RequestError error={loaded.error} what="your hints" onRetry={loaded.reload} />;
  else {
    body = (
      <>
        {hints.length > 0 && <p className="hint">{hints.length === 1 ? 'The hint you have revealed:' : `The ${hints.length} hints you have revealed:`}</p>}
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
    );
  }

  return (
    <section className="hints" aria-labelledby="hints-title">
      <h2 id="hints-title">Hints</h2>
      {body}
    </section>
  );
}
