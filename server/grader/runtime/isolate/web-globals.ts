// Web-platform globals Node gives every module and everyday Express code uses: ids from
// crypto.randomUUID(), base64 with atob/btoa, TextEncoder/TextDecoder, structuredClone,
// AbortController, and URL/URLSearchParams (whatwg-url, through the url shim).
// Randomness comes from the grading's seeded source, so runs repeat.
import { AbortController, AbortSignal } from 'abort-controller';
import { Buffer } from 'buffer';
import { URL, URLSearchParams } from '../shims/url.js';
import { randomFloat } from './random.ts';

function getRandomValues<T extends ArrayBufferView>(view: T): T {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  if (bytes.length > 65_536) throw new RangeError('getRandomValues: at most 65536 bytes at a time');
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(randomFloat() * 256);
  return view;
}

function randomUUID(): string {
  const b = getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

class TextEncoder {
  readonly encoding = 'utf-8';
  encode(input = ''): Uint8Array {
    return new Uint8Array(Buffer.from(String(input), 'utf8'));
  }
}

/** UTF-8 only (the labels Node knows for it); a leading BOM is dropped unless ignoreBOM. */
class TextDecoder {
  readonly encoding = 'utf-8';
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  constructor(label: unknown = 'utf-8', options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    if (!/^(utf-?8|unicode-1-1-utf-8|unicode11utf8|unicode20utf8|x-unicode20utf8)$/i.test(String(label).trim())) {
      throw Object.assign(new RangeError(`The "${String(label)}" encoding is not supported`), { code: 'ERR_ENCODING_NOT_SUPPORTED' });
    }
    this.fatal = Boolean(options?.fatal);
    this.ignoreBOM = Boolean(options?.ignoreBOM);
  }
  decode(input?: ArrayBufferView | ArrayBuffer): string {
    if (!input) return '';
    const view = ArrayBuffer.isView(input) ? input : new Uint8Array(input);
    const bytes = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    const text = bytes.toString('utf8');
    if (this.fatal && text.includes('\uFFFD') && !Buffer.from(text, 'utf8').equals(bytes)) {
      throw Object.assign(new TypeError('The encoded data was not valid for encoding utf-8'), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
    }
    return !this.ignoreBOM && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

/** The structured-clone algorithm for the values learners clone: plain data, Date, Map, Set, RegExp. */
function structuredClone<T>(value: T, seen = new Map<unknown, unknown>()): T {
  if (typeof value === 'function' || typeof value === 'symbol') {
    throw Object.assign(new Error(`${String(value)} could not be cloned.`), { name: 'DataCloneError' });
  }
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value) as T;
  const clone = (v: unknown) => structuredClone(v, seen);
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T;
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(clone(k), clone(v));
    return out as T;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(clone(v));
    return out as T;
  }
  const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  seen.set(value, out);
  for (const key of Object.keys(value)) (out as Record<string, unknown>)[key] = clone((value as Record<string, unknown>)[key]);
  return out as T;
}

export const webGlobals: Record<string, unknown> = {
  crypto: { getRandomValues, randomUUID },
  atob: (data: unknown) => Buffer.from(String(data), 'base64').toString('latin1'),
  btoa: (data: unknown) => Buffer.from(String(data), 'latin1').toString('base64'),
  TextEncoder,
  TextDecoder,
  structuredClone: (value: unknown) => structuredClone(value),
  AbortController,
  AbortSignal,
  URL,
  URLSearchParams,
};
