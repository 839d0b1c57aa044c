// router 2 asks tracingChannel(...).start.hasSubscribers; nobody subscribes here.
const idle = { hasSubscribers: false, publish() {}, subscribe() {}, unsubscribe() {}, bindStore() {}, unbindStore() {}, runStores(_d, fn, thisArg, ...args) { return fn.apply(thisArg, args); } };
export function channel() { return idle; }
export function hasSubscribers() { return false; }
export function subscribe() {}
export function unsubscribe() {}
export function tracingChannel() {
  return { start: idle, end: idle, asyncStart: idle, asyncEnd: idle, error: idle, hasSubscribers: false,
    traceSync(fn, _ctx, thisArg, ...args) { return fn.apply(thisArg, args); },
    tracePromise(fn, _ctx, thisArg, ...args) { return fn.apply(thisArg, args); },
    traceCallback(fn, _pos, _ctx, thisArg, ...args) { return fn.apply(thisArg, args); } };
}
export default { channel, hasSubscribers, subscribe, unsubscribe, tracingChannel };
