// The API of the native `bcrypt` package (promises and callbacks), on bcryptjs.
import bcryptjs from 'bcryptjs';
import { randomFill } from './random.ts';

bcryptjs.setRandomFallback((len: number) => { const b = new Uint8Array(len); randomFill(b); return Array.from(b); });

type Cb<T> = (err: Error | undefined, value?: T) => void;

function argError(): Error { return new Error('data and salt arguments required'); }
function checkData(data: unknown, salt: unknown): void {
  if (data == null || salt == null) throw argError();
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) throw new Error('data must be a string or Buffer and salt must either be a salt string or a number of rounds');
  if (typeof salt !== 'string' && typeof salt !== 'number') throw new Error('data must be a string or Buffer and salt must either be a salt string or a number of rounds');
}
const text = (d: unknown) => (typeof d === 'string' ? d : new TextDecoderLite().decode(d as Uint8Array));
class TextDecoderLite { decode(b: Uint8Array): string { let s = ''; for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!); return s; } }

function both<T>(work: () => Promise<T>, cb?: Cb<T>): Promise<T> | undefined {
  const p = (async () => work())();
  if (typeof cb !== 'function') return p;
  p.then((v) => cb(undefined, v), (e: Error) => cb(e));
  return undefined;
}

function genSalt(rounds?: unknown, minor?: unknown, cb?: Cb<string>): Promise<string> | undefined {
  if (typeof rounds === 'function') { cb = rounds as Cb<string>; rounds = 10; }
  if (typeof minor === 'function') { cb = minor as Cb<string>; minor = 'b'; }
  return both(async () => genSaltSync(rounds as number, minor as string), cb);
}
function genSaltSync(rounds = 10, minor = 'b'): string {
  if (typeof rounds !== 'number') throw new Error('rounds must be a number');
  if (minor !== 'a' && minor !== 'b') throw new Error('minor must be either "a" or "b"');
  const salt = bcryptjs.genSaltSync(rounds);
  return minor === 'a' ? salt.replace('$2b$', '$2a$') : salt;
}
function hash(data: unknown, salt: unknown, cb?: Cb<string>): Promise<string> | undefined {
  return both(() => { checkData(data, salt); return bcryptjs.hash(text(data), salt as string | number); }, cb);
}
function hashSync(data: unknown, salt: unknown): string {
  checkData(data, salt);
  return bcryptjs.hashSync(text(data), salt as string | number);
}
function compare(data: unknown, encrypted: unknown, cb?: Cb<boolean>): Promise<boolean> | undefined {
  return both(async () => {
    if (data == null || encrypted == null) throw new Error('data and hash arguments required');
    if (typeof encrypted !== 'string') throw new Error('data must be a string or Buffer and hash must be strings');
    return bcryptjs.compare(text(data), encrypted);
  }, cb);
}
function compareSync(data: unknown, encrypted: unknown): boolean {
  if (data == null || encrypted == null) throw new Error('data and hash arguments required');
  if (typeof encrypted !== 'string') throw new Error('data must be a string or Buffer and hash must be strings');
  return bcryptjs.compareSync(text(data), encrypted);
}
function getRounds(encrypted: string): number { return bcryptjs.getRounds(encrypted); }

export const bcrypt = { genSalt, genSaltSync, hash, hashSync, compare, compareSync, getRounds };
