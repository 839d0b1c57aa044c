// Plain-text views of values and HTTP messages, so diffs compare lines a person can read.
import type { CheckResult, HttpMessage } from './types.ts';

export function pretty(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

const headerLines = (headers: Record<string, string>) => Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
const bodyLines = (message: HttpMessage) => ('body' in message && message.body !== undefined ? ['', pretty(message.body)] : []);

export function formatRequest(request: HttpMessage): string {
  return [`${request.method ?? 'GET'} ${request.path ?? '/'}`, ...headerLines(request.headers), ...bodyLines(request)].join('\n');
}

export function formatResponse(response: HttpMessage): string {
  return [`HTTP ${response.status ?? '?'}`, ...headerLines(response.headers), ...bodyLines(response)].join('\n');
}

const same = (a: unknown, b: unknown) => pretty(a) === pretty(b);

export interface Comparison {
  /** What the expected value is about, in words. */
  subject: string;
  expected: string;
  actual: string;
}

/**
 * The failed expectation as two texts to diff. For an HTTP check whose received value is the
 * last response's status, a header or the body, the expected side is that response with the
 * expected value put in, so the diff shows the difference in place; otherwise the two values.
 */
export function comparisonOf(check: CheckResult): Comparison | null {
  if (check.passed || !('expected' in check || 'actual' in check)) return null;
  const { expected, actual } = check;
  const response = check.http?.filter((x) => x.response).at(-1)?.response;
  if (response) {
    let wanted: HttpMessage | null = null;
    let subject = '';
    if (typeof expected === 'number' && actual === response.status) {
      wanted = { ...response, status: expected };
      subject = 'the status';
    } else if ('body' in response && same(actual, response.body)) {
      wanted = { ...response, body: expected };
      subject = 'the body';
    } else if (typeof actual === 'string' && typeof expected === 'string') {
      const name = Object.keys(response.headers).find((key) => response.headers[key] === actual);
      if (name) {
        wanted = { ...response, headers: { ...response.headers, [name]: expected } };
        subject = `the ${name} header`;
      }
    }
    if (wanted) return { subject, expected: formatResponse(wanted), actual: formatResponse(response) };
  }
  return { subject: 'the value', expected: pretty(expected), actual: pretty(actual) };
}
