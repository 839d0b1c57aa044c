// An http.Server in the worker that forwards each request into the isolate's app.
// Checks reach it through in-memory connections (a duplex pair per connection), so a
// request is real HTTP parsed by Node on both sides without a trip through the kernel's
// TCP stack; listen() gives it a loopback port instead, for the sandbox CLI.
import { Agent, createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { duplexPair, type Duplex } from 'node:stream';
import supertest from 'supertest';
import type { Session } from './session.ts';

/** Host of the URL checks send requests to; nothing resolves it, the agent connects in memory. */
const IN_MEMORY_ORIGIN = 'http://127.0.0.1';

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
  private sockets = new Set<Duplex>();
  private connections: Agent | undefined;

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

  /** A Supertest agent (its own cookie jar) whose requests reach the app over in-memory connections. */
  agent(): supertest.Agent {
    const connections = (this.connections ??= this.inMemoryAgent());
    return supertest.agent(IN_MEMORY_ORIGIN).use((req: { agent(a: Agent): unknown }) => { req.agent(connections); });
  }

  private inMemoryAgent(): Agent {
    const open = (): Duplex => {
      const [client, server] = duplexPair();
      for (const side of [client, server]) {
        this.sockets.add(socketLike(side));
        side.once('close', () => this.sockets.delete(side));
      }
      this.server.emit('connection', server);
      return client;
    };
    const agent = new Agent({ keepAlive: true });
    (agent as unknown as { createConnection: () => Duplex }).createConnection = open;
    return agent;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.connections?.destroy();
    if (!this.server.listening) return;
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
    // A check that sends more than the bridge carries gets told so, not a cut-off body.
    if (size > MAX_REQUEST_BODY) {
      exchange.outcome = 'invalid';
      return { status: 413, headers: [['x-stepwise-outcome', 'request-too-large']], body: Buffer.from(`the check's request body is over ${MAX_REQUEST_BODY} bytes`) };
    }
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

/** What node:http calls on a socket beyond the stream API; timeouts still fire as on a real socket. */
function socketLike(stream: Duplex): Duplex {
  let timer: NodeJS.Timeout | undefined;
  const socket = stream as Duplex & Partial<Socket>;
  Object.assign(socket, {
    remoteAddress: '127.0.0.1', remoteFamily: 'IPv4', remotePort: 0, localAddress: '127.0.0.1', localPort: 80,
    setNoDelay: () => socket, setKeepAlive: () => socket, ref: () => socket, unref: () => socket,
    setTimeout(ms: number, onTimeout?: () => void) {
      clearTimeout(timer);
      if (onTimeout) socket.once('timeout', onTimeout);
      if (ms > 0) {
        timer = setTimeout(() => socket.emit('timeout'), ms);
        timer.unref();
      }
      return socket;
    },
  });
  stream.once('close', () => clearTimeout(timer));
  return stream;
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
