// The driver installs virtual timers on globalThis before any library loads.
export const setTimeout = (...a) => globalThis.setTimeout(...a);
export const clearTimeout = (...a) => globalThis.clearTimeout(...a);
export const setInterval = (...a) => globalThis.setInterval(...a);
export const clearInterval = (...a) => globalThis.clearInterval(...a);
export const setImmediate = (...a) => globalThis.setImmediate(...a);
export const clearImmediate = (...a) => globalThis.clearImmediate(...a);
export default { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate };
