// node:url for the sandbox: the WHATWG URL / URLSearchParams of whatwg-url (also the
// globals, see isolate/web-globals.ts) with Node's errors, fileURLToPath / pathToFileURL,
// and the legacy url.parse / url.format for the paths requests carry (parseurl falls back
// to parse for anything but a plain path; serve-static formats its redirects).
import { URL, URLSearchParams } from 'whatwg-url';
import URLImpl from 'whatwg-url/lib/URL-impl.js';
import { toASCII, toUnicode } from './tr46.js';
import querystring from './querystring.js';

function nodeError(Ctor, code, message, extra) {
  const err = new Ctor(message);
  err.code = code;
  return Object.assign(err, extra);
}

// Node's `new URL()` failure: TypeError "Invalid URL", code ERR_INVALID_URL, with the
// input (and base); whatwg-url says "Invalid URL: <input>". URL.js looks the class up on
// the module at each construction, so a subclass there covers new URL() and URL.parse().
const Impl = URLImpl.implementation;
URLImpl.implementation = class URLImpl extends Impl {
  constructor(globalObject, args, privateData) {
    try {
      super(globalObject, args, privateData);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      const [input, base] = args;
      throw nodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL', base === undefined ? { input } : { input, base });
    }
  }
};

export { URL, URLSearchParams };

export function fileURLToPath(path) {
  let url = path;
  if (typeof path === 'string') url = new URL(path);
  else if (!(path instanceof URL)) {
    const received = path === null || path === undefined ? ` Received ${path}` : ` Received type ${typeof path} (${String(path)})`;
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "path" argument must be of type string or an instance of URL.${received}`);
  }
  if (url.protocol !== 'file:') throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (url.hostname !== '') throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters', { input: url.href });
  return decodeURIComponent(pathname);
}

export function pathToFileURL(filepath) {
  let resolved = String(filepath);
  // The sandbox's working directory is "/" (shims/process.js).
  if (!resolved.startsWith('/')) resolved = `/${resolved}`;
  const url = new URL('file://');
  url.pathname = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  return url;
}

export function domainToASCII(domain) { return toASCII(String(domain)) ?? ''; }
export function domainToUnicode(domain) { const r = toUnicode(String(domain)); return r.error ? '' : r.domain; }

/**
 * The legacy url.parse: paths ("/a/b?x=1#h", what requests and routes hold) exactly, and
 * absolute URLs ("https://user@host:8080/p?q#h") for the common shapes; Node's full parser
 * (lib/url.js) also fixes up odd inputs this one takes as written.
 */
export function Url() {
  this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null;
  this.hostname = null; this.hash = null; this.search = null; this.query = null; this.pathname = null;
  this.path = null; this.href = null;
}
const ABSOLUTE = /^([a-z][a-z0-9+.-]*:)(\/\/)?(?:([^@/?#]*)@)?(\[[^\]]*\]|[^/?#:]*)(?::(\d*))?/i;
export function parse(str, parseQueryString) {
  if (str instanceof Url) return str;
  const u = new Url();
  let rest = String(str).trim();
  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) { u.hash = rest.slice(hashAt); rest = rest.slice(0, hashAt); }
  const m = ABSOLUTE.exec(rest);
  if (m && (m[2] || /^(mailto|javascript|data|file|urn):$/i.test(m[1]))) {
    u.protocol = m[1].toLowerCase();
    if (m[2]) {
      u.slashes = true;
      if (m[3] !== undefined) u.auth = decodeURIComponent(m[3]);
      u.hostname = m[4].toLowerCase();
      u.port = m[5] || null;
      u.host = u.port ? `${u.hostname}:${u.port}` : u.hostname;
      rest = rest.slice(m[0].length);
    } else rest = rest.slice(m[1].length);
  }
  const q = rest.indexOf('?');
  if (q !== -1) { u.search = rest.slice(q); u.query = rest.slice(q + 1); }
  u.pathname = q === -1 ? rest : rest.slice(0, q);
  if (u.slashes && u.pathname === '') u.pathname = '/';
  if (u.pathname === '' && u.protocol) u.pathname = null;
  if (parseQueryString) u.query = querystring.parse(u.query ?? '');
  u.path = (u.pathname ?? '') + (u.search ?? '') || null;
  u.href = u.protocol ? format(u) : String(str);
  return u;
}

export function format(url) {
  if (url instanceof URL) return url.href;
  if (typeof url === 'string') url = parse(url);
  let search = url.search ?? '';
  if (!search && url.query && typeof url.query === 'object') {
    const qs = querystring.stringify(url.query);
    if (qs) search = `?${qs}`;
  } else if (search && !search.startsWith('?')) search = `?${search}`;
  let protocol = url.protocol ?? '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  const host = url.host ?? (url.hostname ? `${url.hostname}${url.port ? `:${url.port}` : ''}` : '');
  let hash = url.hash ?? '';
  if (hash && !hash.startsWith('#')) hash = `#${hash}`;
  const auth = url.auth ? `${encodeURIComponent(url.auth).replace(/%3A/i, ':')}@` : '';
  const slashes = host || url.slashes || /^(https?|ftp|gopher|file|wss?):$/.test(protocol) ? '//' : '';
  let pathname = (url.pathname ?? '').replace(/[?#]/g, encodeURIComponent);
  if (host && pathname && !pathname.startsWith('/')) pathname = `/${pathname}`;
  return `${protocol}${slashes}${auth}${host}${pathname}${search.replace(/#/g, '%23')}${hash}`;
}

export default { URL, URLSearchParams, fileURLToPath, pathToFileURL, domainToASCII, domainToUnicode, Url, parse, format };
