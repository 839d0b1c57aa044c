// Describes a thrown learner value as plain data without running learner
// accessors (a looping `stack` getter must not hang anything).
import { P } from './primordials.ts';
import { safeString } from './serialize.ts';

const nativeStack = P.ReflectGetOwnPropertyDescriptor(new P.ErrorCtor('probe'), 'stack');
const nativeStackGet = nativeStack && nativeStack.get;

export interface ErrorInfo { name: string; message: string; stack: string; code?: string }

function data(obj: object, key: string): unknown {
  let o: object | null = obj;
  for (let i = 0; o && i < 8; i++) {
    const d = P.ReflectGetOwnPropertyDescriptor(o, key);
    if (d) return P.ObjectHasOwn(d, 'value') ? d.value : undefined;
    o = P.ObjectGetPrototypeOf(o) as object | null;
  }
  return undefined;
}

export function describeError(e: unknown): ErrorInfo {
  try {
    if (e === null || (typeof e !== 'object' && typeof e !== 'function')) {
      return { name: 'Thrown value', message: safeString(e), stack: '' };
    }
    const name = data(e, 'name');
    const message = data(e, 'message');
    const code = data(e, 'code');
    let stack = '';
    const sd = P.ReflectGetOwnPropertyDescriptor(e, 'stack');
    if (sd && P.ObjectHasOwn(sd, 'value') && typeof sd.value === 'string') stack = sd.value;
    else if (sd && nativeStackGet && sd.get === nativeStackGet) {
      const s = P.ReflectApply(nativeStackGet, e, []);
      if (typeof s === 'string') stack = s;
    }
    const info: ErrorInfo = {
      name: typeof name === 'string' ? safeString(name) : 'Error',
      message: typeof message === 'string' ? safeString(message) : '',
      stack: P.StringSlice(stack, 0, 4000) as string,
    };
    if (typeof code === 'string' || typeof code === 'number') info.code = P.String(code);
    return info;
  } catch {
    return { name: 'Error', message: 'an error was thrown that could not be described', stack: '' };
  }
}
