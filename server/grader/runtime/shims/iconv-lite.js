// The slice of iconv-lite that body-parser and raw-body use, on Buffer's own encodings.
// The real iconv-lite is half the runtime bundle (its code-page tables), and every
// isolate paid to deserialize it; request bodies in other charsets get body-parser's
// usual 415 "unsupported charset" instead.
import { Buffer } from 'buffer';
const NAMES = { 'utf8': 'utf8', 'utf-8': 'utf8', 'unicode-1-1-utf-8': 'utf8', 'ascii': 'ascii', 'us-ascii': 'ascii', 'latin1': 'latin1', 'iso-8859-1': 'latin1', 'iso88591': 'latin1', 'binary': 'latin1', 'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le', 'base64': 'base64', 'hex': 'hex' };
function canonical(encoding) { return NAMES[String(encoding).toLowerCase().replace(/[^0-9a-z-]/g, '')]; }
function codec(encoding) {
  const name = canonical(encoding);
  if (!name) throw new Error('Encoding not recognized: \'' + encoding + '\' (searched as: \'' + String(encoding).toLowerCase().replace(/[^0-9a-z]/g, '') + '\')');
  return name;
}
export function encodingExists(encoding) { return canonical(encoding) !== undefined; }
export function decode(buf, encoding) {
  const name = codec(encoding);
  let s = Buffer.isBuffer(buf) ? buf.toString(name) : Buffer.from(String(buf), 'binary').toString(name);
  if (name === 'utf8' && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s;
}
export function encode(str, encoding) { return Buffer.from(String(str), codec(encoding)); }
export function getDecoder(encoding) {
  const name = codec(encoding);
  const chunks = [];
  return {
    write(buf) { chunks.push(buf); return ''; },
    end() { const s = decode(Buffer.concat(chunks), name); chunks.length = 0; return s || undefined; },
  };
}
export default { encodingExists, decode, encode, getDecoder };
