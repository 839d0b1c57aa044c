// The slice of node:crypto that etag, cookie-signature, jsonwebtoken (HS*) and
// bcryptjs use, on top of @noble/hashes so tokens verify against real jsonwebtoken.
import { sha1 } from '@noble/hashes/legacy';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2';
import { hmac } from '@noble/hashes/hmac';
import { Buffer } from 'buffer';
import { randomFill } from '../isolate/random.ts';

const algorithms = { sha1, sha256, sha384, sha512, 'sha-1': sha1, 'sha-256': sha256, 'sha-384': sha384, 'sha-512': sha512 };

function pick(name) {
  const algo = algorithms[String(name).toLowerCase()];
  if (!algo) throw new Error(`Digest method not supported: ${name} (the sandbox offers sha1, sha256, sha384, sha512)`);
  return algo;
}
function toBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (data instanceof KeyObject) return data._key;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new TypeError('The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.');
}
function output(bytes, encoding) {
  const buf = Buffer.from(bytes);
  return encoding ? buf.toString(encoding) : buf;
}

class Digest {
  constructor(hasher) { this._h = hasher; }
  update(data, encoding) { this._h.update(toBytes(data, encoding)); return this; }
  digest(encoding) { return output(this._h.digest(), encoding); }
}

export class KeyObject {
  constructor(type, key) { this.type = type; this._key = key; this.symmetricKeySize = key.length; }
  export() { return Buffer.from(this._key); }
  equals(other) { return other instanceof KeyObject && timingSafeEqual(this._key, other._key); }
}

export function createHash(name) { return new Digest(pick(name).create()); }
export function createHmac(name, key) { return new Digest(hmac.create(pick(name), toBytes(key))); }
export function createSecretKey(key, encoding) { return new KeyObject('secret', Buffer.from(toBytes(key, encoding))); }
export function createPublicKey() { throw new Error('public keys are not available in this sandbox: use an HS256 secret'); }
export function createPrivateKey() { throw new Error('private keys are not available in this sandbox: use an HS256 secret'); }
export function timingSafeEqual(a, b) {
  if (a.length !== b.length) throw new RangeError('Input buffers must have the same byte length');
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}
export function randomBytes(size, cb) {
  const buf = Buffer.alloc(size);
  randomFill(buf);
  if (cb) { queueMicrotask(() => cb(null, buf)); return undefined; }
  return buf;
}
export function getRandomValues(view) { randomFill(new Uint8Array(view.buffer, view.byteOffset, view.byteLength)); return view; }
export function randomUUID() {
  const b = randomBytes(16); b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
export function randomInt(min, max) {
  if (max === undefined) { max = min; min = 0; }
  const span = max - min;
  return min + (randomBytes(4).readUInt32BE(0) % span);
}
export function getHashes() { return ['sha1', 'sha256', 'sha384', 'sha512']; }
export const webcrypto = { getRandomValues };
export default { createHash, createHmac, createSecretKey, createPublicKey, createPrivateKey, KeyObject,
  timingSafeEqual, randomBytes, getRandomValues, randomUUID, randomInt, getHashes, webcrypto };
