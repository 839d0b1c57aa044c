// A loopback http.Server in the worker that forwards each request into the
// isolate's app. It listens once per grading: Supertest gets its URL, so no
// listen/close per request.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Session } from './session.ts';

export interface Exchange {
  checkId: string;
  request: { method: string; path: string; headers: Record<string, string>; body: unknown };
  response?: { status: number; headers: Record<string, string>; body: unknown };
  outcome: 'response' | 'timeout' | 'output-limit' | 'request-limit' | 'fatal' | 'invalid';
}

const MAX_REQUEST_BODY = 1024 * 1024;
const HIDDEN_REQUEST_HEADERS = new Set(['host', 'accept-encoding', 'connection', 'user-agent', 'content-length']);
const HIDDEN_RESPONSE_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

export class Bridge {
  readonly exchanges: Exchange[] = [];
  currentCheck = '';
  private server: Server;
  url = '';
  private session: Session;

  constructor(session: Session) {
    this.session = session;
    this.server = createServer((req, res) => {
      void this.forward(req).then(({ status, headers, body }) => {
        if (res.headersSent) return;
        res.writeHead(status, headers);
        res.end(body);
      }, () => { res.writeHead(500); res.end(); });
    });
    this.server.keepAliveTimeout = 1000;
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async forward(req: IncomingMessage): Promise<{ status: number; headers: Array<[string, string]>; body: Buffer }> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) { size += (c as Buffer).length; if (size <= MAX_REQUEST_BODY) chunks.push(c as Buffer); }
    const body = Buffer.concat(chunks);
    const headers: Array<[string, string]> = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
    const exchange: Exchange = {
      checkId: this.currentCheck,
      request: { method: req.method ?? 'GET', path: req.url ?? '/', headers: visible(headers, HIDDEN_REQUEST_HEADERS), body: preview(body, req.headers['content-type']) },
      outcome: 'response',
    };
    this.exchanges.push(exchange);
    const r = await this.session.request({ method: req.method ?? 'GET', url: req.url ?? '/', headers, body });
    exchange.outcome = r.kind;
    if (r.kind !== 'response') {
      const status = { timeout: 504, 'output-limit': 502, 'request-limit': 429, fatal: 500, invalid: 500 }[r.kind];
      return { status, headers: [['x-stepwise-outcome', r.kind]], body: Buffer.alloc(0) };
    }
    const contentType = r.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1];
    exchange.response = { status: r.status, headers: visible(r.headers, HIDDEN_RESPONSE_HEADERS), body: preview(r.body, contentType) };
    // Node's http.Server would refuse an invalid status too; keep the worker safe from bad values.
    const status = Number.isInteger(r.status) && r.status >= 100 && r.status <= 999 ? r.status : 500;
    return { status, headers: r.headers.filter(([k, v]) => validHeader(k, v)), body: r.body };
  }
}

function validHeader(name: string, value: string): boolean {
  return /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) && !/[\r\n\0]/.test(value);
}

function visible(pairs: Array<[string, string]>, hidden: Set<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of pairs) {
    const key = k.toLowerCase();
    if (hidden.has(key)) continue;
    out[key] = out[key] === undefined ? v : `${out[key]}, ${v}`;
  }
  return out;
}

function preview(body: Buffer, contentType: string | string[] | undefined): unknown {
  if (body.length === 0) return undefined;
  const text = body.subarray(0, 4096).toString('utf8');
  if (String(contentType ?? '').includes('json') && body.length <= 4096) {
    try { return JSON.parse(text) as unknown; } catch { /* shown as text */ }
  }
  return body.length > 4096 ? `${text}…[${body.length} bytes]` : text;
}
