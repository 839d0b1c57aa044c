/** What a row value may be once it has been made safe to hand to an isolate as JSON. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export interface SqlErrorData {
  message: string;
  /** SQLSTATE, e.g. 42P01 undefined_table. */
  code: string;
  /** 1-based character offset into the learner's query, when PostgreSQL gives one. */
  position?: number;
  detail?: string;
  hint?: string;
}

/** A query failed; `data` is what the learner sees, plain and JSON-serialisable. */
export class SqlQueryError extends Error {
  override readonly name = 'SqlQueryError';
  readonly data: SqlErrorData;
  constructor(data: SqlErrorData) {
    super(data.message);
    this.data = data;
  }
}

/**
 * node-postgres conventions where they differ from JSON: int8 and numeric stay strings (the
 * parsers keep them so), timestamps become ISO strings, bytea the '\x…' text PostgreSQL prints.
 * Non-finite floats become the strings PostgreSQL uses, since JSON has no NaN.
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return String(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'infinity' : value.toISOString();
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString('hex')}`;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    // fromEntries defines own properties, so a JSON key "__proto__" stays a plain key.
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return String(value);
}

export function toErrorData(error: unknown): SqlErrorData {
  const e = (error ?? {}) as Record<string, unknown>;
  const data: SqlErrorData = {
    message: typeof e.message === 'string' ? e.message : String(error),
    code: typeof e.code === 'string' ? e.code : 'XX000',
  };
  const position = Number(e.position);
  if (Number.isInteger(position) && position > 0) data.position = position;
  if (typeof e.detail === 'string') data.detail = e.detail;
  if (typeof e.hint === 'string') data.hint = e.hint;
  return data;
}
