// tr46 (UTS #46 processing of host names) for whatwg-url, without tr46's Unicode tables
// (~235 KB of code that every isolate would carry for internationalized host names).
// Exact for what learners' URLs hold, ASCII host names, and there it follows Node rather
// than tr46: Node's URL parser (ada) only lowercases an all-ASCII name and does not check
// its "xn--" labels ("http://xn--a/" parses in Node; tr46 refuses it). Names with other
// Unicode are approximated with the engine's own tables: NFKC and lower case for the
// mapping, general categories for what is disallowed; the Bidi and ContextJ rules are left
// out. Only toASCII with whatwg-url's options (non-transitional, no STD3 rules, no DNS
// length check) is used.
import punycode from 'punycode/';

const NON_ASCII = /[^\p{ASCII}]/u;
// eslint-disable-next-line no-misleading-character-class -- code points UTS #46 ignores, each on its own
const IGNORED = /[\u00AD\u034F\u180B-\u180F\u200B\u2060\u2064\uFE00-\uFE0F\uFEFF\u{E0100}-\u{E01EF}]/gu;
const DISALLOWED = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\p{Z}\p{Cf}]/u;
const JOINER = /[\u200C\u200D]/u;

function map(domain) {
  if (!NON_ASCII.test(domain)) return domain.toLowerCase();
  return domain.replace(IGNORED, '').normalize('NFKC').toLowerCase().replace(/\u3002/g, '.').normalize('NFC');
}

function validLabel(label) {
  if (label === '') return true;
  if (label.normalize('NFC') !== label || label.startsWith('xn--') || label.includes('.')) return false;
  if (!NON_ASCII.test(label)) return true;
  if (/^\p{M}/u.test(label) || map(label) !== label) return false;
  let previous = '';
  for (const ch of label) {
    if (JOINER.test(ch)) {
      // ContextJ, approximated: a joiner only right after a combining mark (a virama).
      if (!/\p{M}/u.test(previous)) return false;
    } else if (NON_ASCII.test(ch) && DISALLOWED.test(ch)) return false;
    previous = ch;
  }
  return true;
}

export function toASCII(domain) {
  domain = String(domain);
  if (!NON_ASCII.test(domain)) return domain.toLowerCase();
  let error = false;
  const labels = map(domain).split('.').map((label) => {
    let unicode = label;
    if (label.startsWith('xn--')) {
      if (NON_ASCII.test(label)) { error = true; return label; }
      try { unicode = punycode.decode(label.slice(4)); } catch { error = true; return label; }
      if (unicode === '' || !NON_ASCII.test(unicode)) { error = true; return label; }
    }
    if (!validLabel(unicode)) error = true;
    if (!NON_ASCII.test(unicode)) return unicode;
    try { return `xn--${punycode.encode(unicode)}`; } catch { error = true; return label; }
  });
  return error ? null : labels.join('.');
}

export function toUnicode(domain) {
  const ascii = toASCII(domain);
  const labels = map(String(domain)).split('.').map((l) => {
    if (!l.startsWith('xn--')) return l;
    try { return punycode.decode(l.slice(4)); } catch { return l; }
  });
  return { domain: labels.join('.'), error: ascii === null };
}

export default { toASCII, toUnicode };
