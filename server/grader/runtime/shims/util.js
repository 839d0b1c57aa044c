import inherits from 'inherits';
export { inherits };
export function format(f, ...args) {
  if (typeof f !== 'string') return [f, ...args].map((a) => inspect(a)).join(' ');
  let i = 0;
  const out = f.replace(/%[sdifjoO%]/g, (m) => {
    if (m === '%%') return '%';
    if (i >= args.length) return m;
    const a = args[i++];
    if (m === '%d' || m === '%i') return String(m === '%i' ? parseInt(a) : Number(a));
    if (m === '%f') return String(parseFloat(a));
    if (m === '%j') { try { return JSON.stringify(a); } catch { return '[Circular]'; } }
    return m === '%s' ? String(a) : inspect(a);
  });
  return [out, ...args.slice(i).map((a) => (typeof a === 'string' ? a : inspect(a)))].join(' ');
}
export function inspect(v) {
  if (typeof v === 'string') return `'${v}'`;
  try { return JSON.stringify(v) ?? String(v); } catch { return String(v); }
}
export function deprecate(fn) { return fn; }
export function debuglog() { return () => {}; }
export function promisify(fn) {
  return (...args) => new Promise((resolve, reject) => fn(...args, (err, value) => (err ? reject(err) : resolve(value))));
}
export function isDeepStrictEqual(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
export const types = { isPromise: (v) => v instanceof Promise, isDate: (v) => v instanceof Date, isRegExp: (v) => v instanceof RegExp };
export default { inherits, format, inspect, deprecate, debuglog, promisify, isDeepStrictEqual, types };
