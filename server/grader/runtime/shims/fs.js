// There is no file system in the sandbox; modules that import fs only touch it
// on use. Lookups answer ENOENT, as for a real app whose files do not exist:
// express.static then falls through to the next route and res.sendFile fails
// with 404, instead of every request under a static middleware becoming a 500.
function unavailable() { throw new Error('the file system is not available in this exercise'); }
function enoent(syscall, path) {
  const err = new Error(`ENOENT: no such file or directory, ${syscall} '${String(path)}'`);
  err.errno = -2; err.code = 'ENOENT'; err.syscall = syscall; err.path = String(path);
  return err;
}
function missing(syscall) {
  return (path, options, cb) => {
    const callback = typeof options === 'function' ? options : cb;
    const err = enoent(syscall, path);
    if (typeof callback === 'function') globalThis.setImmediate(() => callback(err));
  };
}
export class Stats {}
export const stat = missing('stat'), lstat = missing('lstat'), readFile = missing('open');
export function statSync(path) { throw enoent('stat', path); }
export function readFileSync(path) { throw enoent('open', path); }
export const createReadStream = unavailable, existsSync = () => false;
export default { Stats, stat, lstat, statSync, readFile, readFileSync, createReadStream, existsSync };
