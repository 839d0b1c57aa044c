// The `buffer` npm package (v6), patched on the one shared Buffer (so every importer, the
// global and the bundled libraries, gets it) where it differs from Node's:
// - the 'base64url' encoding (Node >= 15.7), which it predates. Decoding is base64's: the
//   package's decoder already reads '-' and '_' and missing padding, as Node's does;
// - invalid UTF-8 becomes one U+FFFD per maximal subpart (the Encoding Standard's decoder,
//   which Node and TextDecoder use), where the package writes one per byte: "%E0%A4%A" in a
//   query string decodes to "\uFFFD%A" under Node.
import * as real from 'buffer';
import { Buffer } from 'buffer';

export * from 'buffer';
export default real;

const isBase64url = (encoding) => typeof encoding === 'string' && encoding.length === 9 && encoding.toLowerCase() === 'base64url';
const asBase64 = (encoding) => (isBase64url(encoding) ? 'base64' : encoding);

const { from, byteLength, isEncoding } = Buffer;
const { toString, write } = Buffer.prototype;

Buffer.isEncoding = function (encoding) { return isBase64url(encoding) || isEncoding.call(this, encoding); };
Buffer.from = function (value, encodingOrOffset, length) {
  return from.call(this, value, typeof value === 'string' ? asBase64(encodingOrOffset) : encodingOrOffset, length);
};
Buffer.byteLength = function (string, encoding) { return byteLength.call(this, string, asBase64(encoding)); };
const isUtf8 = (encoding) => encoding === undefined || (typeof encoding === 'string' && /^utf-?8$/i.test(encoding));

// https://encoding.spec.whatwg.org/#utf-8-decoder
function decodeUtf8(bytes, start, end) {
  let out = '';
  const units = [];
  const push = (cp) => {
    if (cp > 0xffff) { cp -= 0x10000; units.push(0xd800 | (cp >> 10), 0xdc00 | (cp & 0x3ff)); } else units.push(cp);
    if (units.length >= 4096) { out += String.fromCharCode(...units); units.length = 0; }
  };
  let cp = 0, needed = 0, seen = 0, lower = 0x80, upper = 0xbf;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b <= 0x7f) push(b);
      else if (b >= 0xc2 && b <= 0xdf) { needed = 1; cp = b & 0x1f; }
      else if (b >= 0xe0 && b <= 0xef) { if (b === 0xe0) lower = 0xa0; if (b === 0xed) upper = 0x9f; needed = 2; cp = b & 0xf; }
      else if (b >= 0xf0 && b <= 0xf4) { if (b === 0xf0) lower = 0x90; if (b === 0xf4) upper = 0x8f; needed = 3; cp = b & 0x7; }
      else push(0xfffd);
      continue;
    }
    if (b < lower || b > upper) {
      // The byte after a broken sequence starts over.
      cp = needed = seen = 0; lower = 0x80; upper = 0xbf;
      push(0xfffd);
      i--;
      continue;
    }
    lower = 0x80; upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    if (++seen === needed) { push(cp); cp = needed = seen = 0; }
  }
  if (needed) push(0xfffd);
  return out + String.fromCharCode(...units);
}

Buffer.prototype.toString = function (encoding, start, end) {
  if (isUtf8(encoding)) {
    const text = Reflect.apply(toString, this, arguments);
    // The package's decoder is right for valid UTF-8; only a U+FFFD in its answer can need redoing.
    if (!text.includes('\uFFFD')) return text;
    const from = Math.max(0, Math.min(this.length, start === undefined ? 0 : Math.trunc(start) || 0));
    const to = Math.max(from, Math.min(this.length, end === undefined ? this.length : Math.trunc(end) || 0));
    return decodeUtf8(this, from, to);
  }
  if (!isBase64url(encoding)) return Reflect.apply(toString, this, arguments);
  return toString.call(this, 'base64', start, end).replace(/[+/=]/g, (c) => (c === '+' ? '-' : c === '/' ? '_' : ''));
};
Buffer.prototype.toLocaleString = Buffer.prototype.toString;
// write(string[, offset[, length]][, encoding]): the encoding is the last string argument.
Buffer.prototype.write = function (string, ...rest) {
  return Reflect.apply(write, this, [string, ...rest.map(asBase64)]);
};
