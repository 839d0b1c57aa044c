// Host side of the `$`-tagged JSON the driver writes (runtime/isolate/serialize.ts).
type Tagged = null | boolean | number | string | Tagged[] | { [key: string]: Tagged };

/** Decodes the driver's text into host values; never merges into live objects. */
export function decodeValue(text: string): unknown {
  return revive(JSON.parse(text) as Tagged);
}

function revive(t: Tagged): unknown {
  if (t === null || typeof t !== 'object') return t;
  if (Array.isArray(t)) return t.map(revive);
  if (Object.hasOwn(t, '$')) {
    const v = t.v;
    switch (t.$) {
      case 'undefined': return undefined;
      case 'number': return Number(v);
      case 'bigint': return BigInt(String(v));
      case 'date': return new Date(Number(v));
      case 'error': { const e = new Error(String(t.message)); e.name = String(t.name); return e; }
      case 'map': return new Map((t.entries as Tagged[][]).map(([k, val]) => [revive(k!), revive(val!)]));
      case 'set': return new Set((t.values as Tagged[]).map(revive));
      case 'object': return revive(v!);
      case 'function': return { kind: 'function', name: t.name };
      default: return { kind: String(t.$) };
    }
  }
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(t)) out[k] = revive(v);
  // Plain prototype so checks can compare with toEqual, but built key by key from parsed JSON.
  return Object.assign({}, out);
}

/** Encodes host values for the driver (runtime/isolate/values.ts). */
export function encodeValue(v: unknown): Tagged {
  if (v === undefined) return { $: 'undefined' };
  if (typeof v === 'number') return Number.isFinite(v) ? v : { $: 'number', v: String(v) };
  if (typeof v === 'bigint') return { $: 'bigint', v: String(v) };
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return { $: 'date', v: v.getTime() };
  if (v instanceof Error) return { $: 'error', name: v.name, message: v.message };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (typeof v === 'object') {
    const out: Record<string, Tagged> = {};
    for (const [k, val] of Object.entries(v)) out[k] = encodeValue(val);
    return Object.hasOwn(out, '$') ? { $: 'object', v: out } : out;
  }
  return null;
}
