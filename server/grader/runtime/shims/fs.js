// There is no file system in the sandbox; modules that import fs only touch it on use.
function unavailable() { throw new Error('the file system is not available in this exercise'); }
export class Stats {}
export const stat = unavailable, statSync = unavailable, readFile = unavailable, readFileSync = unavailable,
  createReadStream = unavailable, existsSync = () => false;
export default { Stats, stat, statSync, readFile, readFileSync, createReadStream, existsSync };
