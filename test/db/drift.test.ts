// `prisma migrate diff --from-migrations` does not work offline, so drift is caught by
// comparing a database built from the committed migrations with one built straight from
// schema.prisma: a schema change without its migration fails here.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { afterAll, expect, inject, it } from 'vitest';
import { runPrisma } from '../../server/db/prisma-cli.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'stepwise-drift-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function describeSchema(client: Client) {
  const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name != 'sqlite_sequence' ORDER BY name")).rows.map((r) => String(r.name));
  const shape: Record<string, unknown> = {};
  for (const table of tables) {
    const columns = (await client.execute(`PRAGMA table_info("${table}")`)).rows.map((c) => [c.name, c.type, c.notnull, c.dflt_value, c.pk]);
    const indexes = [];
    for (const index of (await client.execute(`PRAGMA index_list("${table}")`)).rows) {
      const cols = (await client.execute(`PRAGMA index_info("${index.name}")`)).rows.map((c) => c.name);
      indexes.push([index.name, index.unique, cols]);
    }
    const foreignKeys = (await client.execute(`PRAGMA foreign_key_list("${table}")`)).rows.map((f) => [f.table, f.from, f.to, f.on_delete]);
    shape[table] = { columns: columns.sort(), indexes: indexes.sort(), foreignKeys: foreignKeys.sort() };
  }
  return shape;
}

it('the committed migrations produce exactly the schema in schema.prisma', async () => {
  const fromMigrations = createClient({ url: `file:${inject('templateDatabase')}` });
  const script = runPrisma(['migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'], `file:${dir}/unused.db`, 'pipe');
  expect(script.status).toBe(0);
  const fromSchema = createClient({ url: `file:${path.join(dir, 'from-schema.db')}` });
  await fromSchema.executeMultiple(script.stdout);
  expect(await describeSchema(fromMigrations)).toEqual(await describeSchema(fromSchema));
  fromMigrations.close();
  fromSchema.close();
});
