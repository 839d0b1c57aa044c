// Shared by the learner component tests: a fetch stub that answers by method and path.
import { vi } from 'vitest';

export type Reply = { status: number; body?: unknown };
export type Handler = (method: string, url: string, body: unknown) => Reply | undefined;

export function serve(handler: Handler) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, url, body });
    const reply = handler(method, url, body) ?? { status: 404, body: { error: { code: 'NOT_FOUND', message: `No stub for ${method} ${url}` } } };
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status: reply.status, headers: { 'Content-Type': 'application/json' } });
  });
  return calls;
}
