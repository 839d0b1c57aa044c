import { Fragment, type ReactNode } from 'react';
import type { ApiError } from '../api/client.ts';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

export function ErrorState({ error, onRetry, title = 'This did not load' }: { error: ApiError | string; onRetry?: () => void; title?: string }) {
  const message = typeof error === 'string' ? error : error.message;
  return (
    <div role="alert" className="error-state">
      <p><strong>{title}.</strong> {message}</p>
      {onRetry && <button type="button" onClick={onRetry}>Try again</button>}
    </div>
  );
}

/** Renders `text` with `inline code` spans (quiz prompts and options use backticks). */
export function InlineText({ text }: { text: string }): ReactNode {
  const parts = text.split(/(`[^`]+`)/g);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('`') && part.endsWith('`') && part.length > 1 ? <code key={i}>{part.slice(1, -1)}</code> : <Fragment key={i}>{part}</Fragment>,
      )}
    </>
  );
}
