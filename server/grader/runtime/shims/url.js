// parseurl falls back to url.parse for anything but a plain path; requests here are always paths.
export function Url() {}
export function parse(str) {
  const u = new Url();
  let rest = String(str);
  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) { u.hash = rest.slice(hashAt); rest = rest.slice(0, hashAt); } else u.hash = null;
  const q = rest.indexOf('?');
  u.pathname = q === -1 ? rest : rest.slice(0, q);
  u.search = q === -1 ? null : rest.slice(q);
  u.query = q === -1 ? null : rest.slice(q + 1);
  u.path = rest; u.href = String(str);
  return u;
}
export default { parse, Url };
