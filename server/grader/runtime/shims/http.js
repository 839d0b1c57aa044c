// Just enough of node:http for Express: the driver builds req/res from these
// classes, Express sets their prototypes as the base of its own req/res.
import { Readable } from 'readable-stream';
import { EventEmitter } from 'events';
import { Buffer } from 'buffer';
import { reportUncaught } from '../isolate/clock.ts';

export const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE',
  'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

export const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints', 200: 'OK', 201: 'Created',
  202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content',
  206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy',
  307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
  402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot",
  421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency',
  425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error',
  501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
  508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

// Node throws ERR_HTTP_HEADERS_SENT with this wording and code; apps and error
// middleware test err.code, so the shim's errors carry it too.
function headersSent(action) {
  const err = new Error(`Cannot ${action} headers after they are sent to the client`);
  err.code = 'ERR_HTTP_HEADERS_SENT';
  return err;
}

// Node checks header names and values as they are set, with these codes and wordings.
const TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const INVALID_VALUE_CHAR = /[^\t\x20-\x7e\x80-\xff]/;
function checkHeader(name, value) {
  if (typeof name !== 'string' || !name || !TOKEN.test(name)) {
    const err = new TypeError(`Header name must be a valid HTTP token ["${name}"]`);
    err.code = 'ERR_INVALID_HTTP_TOKEN';
    throw err;
  }
  if (value === undefined) {
    const err = new TypeError(`Invalid value "${value}" for header "${name}"`);
    err.code = 'ERR_HTTP_INVALID_HEADER_VALUE';
    throw err;
  }
  for (const v of Array.isArray(value) ? value : [value]) {
    if (INVALID_VALUE_CHAR.test(String(v))) {
      const err = new TypeError(`Invalid character in header content ["${name}"]`);
      err.code = 'ERR_INVALID_CHAR';
      throw err;
    }
  }
}

// Writing to a finished response is an 'error' event on it in Node, emitted on the next
// tick; nothing listens for it, so the server crashes. A learner's double answer must not
// pass here when it would bring a real server down. It is reported at once: a handler that
// answered synchronously leaves no pending work, so a queued tick would not run before the
// next request.
function writeAfterEnd() {
  const err = new Error('write after end');
  err.code = 'ERR_STREAM_WRITE_AFTER_END';
  reportUncaught(err, 'a write to a response that had already ended');
}

class FakeSocket extends EventEmitter {
  constructor() { super(); this.readable = true; this.writable = true; this.remoteAddress = '127.0.0.1'; this.encrypted = false; }
  destroy() { this.readable = false; this.writable = false; }
  setTimeout() { return this; }
}

export class IncomingMessage extends Readable {
  constructor(init) {
    super();
    this.socket = this.connection = new FakeSocket();
    this.httpVersion = '1.1'; this.httpVersionMajor = 1; this.httpVersionMinor = 1;
    this.complete = false;
    this.method = init ? init.method : 'GET';
    this.url = init ? init.url : '/';
    this.headers = {}; this.rawHeaders = [];
    const pairs = init ? init.headers : [];
    for (const [name, value] of pairs) {
      const key = name.toLowerCase();
      this.rawHeaders.push(name, value);
      if (key === 'set-cookie') (this.headers[key] ||= []).push(value);
      else if (key in this.headers) this.headers[key] += (key === 'cookie' ? '; ' : ', ') + value;
      else this.headers[key] = value;
    }
    this.on('end', () => { this.complete = true; });
  }
  _read() {}
  setTimeout() { return this; }
}

export class ServerResponse extends EventEmitter {
  constructor(req, onFinish) {
    super();
    this.req = req; this.socket = this.connection = req ? req.socket : new FakeSocket();
    this.statusCode = 200; this.statusMessage = undefined;
    this.headersSent = false; this.finished = false; this.writableEnded = false; this.writableFinished = false;
    this.sendDate = true;
    this._headers = new Map();
    this._chunks = [];
    this._onFinish = onFinish;
  }
  get _header() { return this.headersSent; }
  setHeader(name, value) {
    if (this.headersSent) throw headersSent('set');
    checkHeader(name, value);
    this._headers.set(String(name).toLowerCase(), [String(name), Array.isArray(value) ? value.map(String) : value]);
    return this;
  }
  appendHeader(name, value) {
    const prev = this.getHeader(name);
    const next = prev === undefined ? value : [].concat(prev, value);
    return this.setHeader(name, next);
  }
  getHeader(name) { const e = this._headers.get(String(name).toLowerCase()); return e ? e[1] : undefined; }
  getHeaders() { const o = Object.create(null); for (const [k, [, v]] of this._headers) o[k] = v; return o; }
  getHeaderNames() { return [...this._headers.keys()]; }
  hasHeader(name) { return this._headers.has(String(name).toLowerCase()); }
  removeHeader(name) {
    if (this.headersSent) throw headersSent('remove');
    const key = String(name).toLowerCase();
    if (key === 'content-length') this._removedContentLength = true;
    this._headers.delete(key);
  }
  writeHead(status, reason, headers) {
    if (this.headersSent) throw headersSent('write');
    if (typeof reason !== 'string') { headers = reason; reason = undefined; }
    this.statusCode = status;
    if (reason !== undefined) this.statusMessage = reason;
    if (headers) {
      const entries = Array.isArray(headers) ? [] : Object.entries(headers);
      for (const [k, v] of entries) this.setHeader(k, v);
    }
    this.headersSent = true;
    return this;
  }
  flushHeaders() { this.headersSent = true; }
  write(chunk, encoding, cb) {
    if (this.writableEnded) {
      writeAfterEnd();
      return false;
    }
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    this.headersSent = true;
    if (chunk != null) this._chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : Buffer.from(chunk));
    if (cb) queueMicrotask(cb);
    return true;
  }
  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (this.writableEnded) {
      if (chunk != null) writeAfterEnd();
      return this;
    }
    // Node sizes a response whose head is still unwritten when end() comes (no write(),
    // writeHead() or flushHeaders() before it); otherwise it is sent chunked.
    const sized = !this.headersSent;
    if (chunk != null) this.write(chunk, encoding);
    this.headersSent = true; this.finished = true; this.writableEnded = true; this.writableFinished = true;
    const body = Buffer.concat(this._chunks);
    this._chunks = [];
    if (this._onFinish) {
      // The bridge sends the head as given: a response Node would size gets its Content-Length
      // for the length of that call only, as Node adds it to the head it writes, never to
      // getHeader().
      const addLength = sized && this._mayHaveBody() && !this._removedContentLength &&
        !this._headers.has('content-length') && !this._headers.has('transfer-encoding');
      if (addLength) this._headers.set('content-length', ['Content-Length', String(body.length)]);
      try { this._onFinish(this, body); } finally { if (addLength) this._headers.delete('content-length'); }
    }
    queueMicrotask(() => { this.emit('prefinish'); this.emit('finish'); this.emit('close'); if (cb) cb(); });
    return this;
  }
  _mayHaveBody() {
    const status = Number(this.statusCode);
    return !(this.req && this.req.method === 'HEAD') && status !== 204 && status !== 304 && !(status >= 100 && status <= 199);
  }
  setTimeout() { return this; }
  assignSocket(socket) { this.socket = socket; this.emit('socket', socket); }
  detachSocket() {}
}

// app.listen() is harmless here: the grader sends requests to the exported app.
class FakeServer extends EventEmitter {
  listen(...args) { const cb = args.find((a) => typeof a === 'function'); if (cb) queueMicrotask(cb); this.listening = true; return this; }
  close(cb) { this.listening = false; if (cb) queueMicrotask(cb); return this; }
  address() { return { address: '127.0.0.1', family: 'IPv4', port: 3000 }; }
  setTimeout() { return this; }
}
export function createServer() { return new FakeServer(); }
export const Server = FakeServer;
export const Agent = function Agent() {};
export default { METHODS, STATUS_CODES, IncomingMessage, ServerResponse, createServer, Server, Agent };
