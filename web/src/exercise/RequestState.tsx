// Loading and error states shared by every request on the exercise page.
import { Link } from 'react-router';
import type { ApiError } from '../api/client.ts';

export function Loading({ label }: { label: string }) {
  return <p role="status" className="loading">{label}</p>;
}

export function RequestError({ error, what, onRetry }: { error: ApiError; what: string; onRetry?: () => void }) {
  const signedOut = error.status === 401;
  return (
    <div className="notice notice-error" role="alert">
      <p><strong>Could not load {what}.</strong> {error.message}</p>
      {signedOut ? (
        <p><Link to="/signin">Sign in</Link> to continue.</p>
      ) : onRetry ? (
        <button type="button" className="secondary" onClick={onRetry}>Try again</button>
      ) : null}
    </div>
  );
}
