// on-finished and raw-body only use AsyncResource.bind when it exists.
export class AsyncResource {
  constructor(type) { this.type = type; }
  static bind(fn) { return fn; }
  bind(fn) { return fn; }
  runInAsyncScope(fn, thisArg, ...args) { return fn.apply(thisArg, args); }
  emitDestroy() { return this; }
}
export class AsyncLocalStorage {
  getStore() { return this._store; }
  run(store, fn, ...args) { const prev = this._store; this._store = store; try { return fn(...args); } finally { this._store = prev; } }
  enterWith(store) { this._store = store; }
  disable() { this._store = undefined; }
}
export default { AsyncResource, AsyncLocalStorage };
