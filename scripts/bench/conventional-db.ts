// The `db` module for the conventional baseline: node-postgres-style queries against the
// PGlite instance the runner seeded.
import type { PGlite } from '@electric-sql/pglite';

const holder = globalThis as unknown as { __conventionalPg?: PGlite; __conventionalQueries?: string[] };

export const db = {
  async query(text: string, params: unknown[] = []) {
    holder.__conventionalQueries?.push(text);
    const result = await holder.__conventionalPg!.query<Record<string, unknown>>(text, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length, fields: result.fields };
  },
};
