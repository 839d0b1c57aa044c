// What whatwg-url takes from @exodus/bytes and from the TextEncoder/TextDecoder globals
// (which do not exist yet when it loads), on the bundle's Buffer. Only UTF-8: the legacy
// encodings of HTML form submission (150 KB of tables) do not apply to URL / URLSearchParams.
import { Buffer } from 'buffer';

export function utf8Encode(string) {
  const bytes = Buffer.from(String(string), 'utf8');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

export function utf8DecodeWithoutBOM(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

const HEX = Array.from({ length: 256 }, (_, i) => `%${i.toString(16).toUpperCase().padStart(2, '0')}`);

// https://url.spec.whatwg.org/#string-percent-encode-after-encoding, for UTF-8; `set` is the
// percent-encode set's code points beyond the C0 control set, as a string.
export function percentEncodeAfterEncoding(encoding, input, set, spaceAsPlus = false) {
  if (String(encoding).toLowerCase() !== 'utf-8') throw new RangeError(`Unsupported encoding: ${encoding}`);
  let out = '';
  for (const byte of Buffer.from(String(input), 'utf8')) {
    if (spaceAsPlus && byte === 0x20) out += '+';
    else if (byte < 0x20 || byte > 0x7e || set.includes(String.fromCharCode(byte))) out += HEX[byte];
    else out += String.fromCharCode(byte);
  }
  return out;
}
