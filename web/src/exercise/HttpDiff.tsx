// For an HTTP check: the request that was sent and, for a failed check, the expected vs
// received response as a diff; every exchange stays one click away.
import { DiffView } from './DiffView.tsx';
import { comparisonOf, formatRequest, formatResponse } from './format.ts';
import type { CheckResult } from './types.ts';

export function HttpDiff({ check }: { check: CheckResult }) {
  const exchanges = check.http ?? [];
  const comparison = comparisonOf(check);
  const last = exchanges.filter((x) => x.response).at(-1) ?? exchanges.at(-1);
  return (
    <>
      {comparison && last && (
        <>
          <p className="exchange-label">Request sent</p>
          <pre tabIndex={0}>{formatRequest(last.request)}</pre>
          <DiffView label={`Expected vs received: ${comparison.subject}`} expected={comparison.expected} actual={comparison.actual} />
        </>
      )}
      <details className="exchanges" open={!check.passed && !comparison}>
        <summary>{exchanges.length === 1 ? 'The request sent and its response' : `All ${exchanges.length} requests sent and their responses`}</summary>
        {exchanges.map((exchange, i) => (
          <div className="exchange" key={i}>
            <p className="exchange-label">Request{exchanges.length > 1 ? ` ${i + 1}` : ''} sent</p>
            <pre tabIndex={0}>{formatRequest(exchange.request)}</pre>
            <p className="exchange-label">Response received</p>
            {exchange.response ? <pre tabIndex={0}>{formatResponse(exchange.response)}</pre> : <p className="hint">No response: the request never finished.</p>}
          </div>
        ))}
      </details>
    </>
  );
}
