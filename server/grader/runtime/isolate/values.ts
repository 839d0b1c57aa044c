// Host → isolate values: JSON with the same `$` tags that serialize.ts writes.
import { P } from './primordials.ts';

export function fromTagged(t: unknown): unknown {
  if (t === null || typeof t !== 'object') return t;
  if (P.ArrayIsArray(t)) {
    const out: unknown[] = [];
    for (let i = 0; i < t.length; i++) P.ArrayPush(out, fromTagged(t[i]));
    return out;
  }
  const o = t as Record<string, unknown>;
  if (P.ObjectHasOwn(o, '$')) {
    switch (o.$) {
      case 'undefined': return undefined;
      case 'number': return P.Number(o.v);
      case 'bigint': return BigInt(o.v as string);
      case 'date': return new Date(o.v as number);
      case 'error': { const e = new P.ErrorCtor(P.String(o.message)); if (o.name) e.name = P.String(o.name); return e; }
      case 'object': return fromTagged(o.v);
    }
  }
  const out: Record<string, unknown> = {};
  const keys = P.ReflectOwnKeys(o) as string[];
  for (let i = 0; i < keys.length; i++) P.ObjectDefineProperty(out, keys[i]!, { value: fromTagged(o[keys[i]!]), writable: true, enumerable: true, configurable: true });
  return out;
}
