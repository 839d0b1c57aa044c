// Migrates one template database per test run with the real `prisma migrate deploy`; test
// files copy it instead of paying for a migration each.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../server/db/migrate.ts';

export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stepwise-template-'));
  const file = path.join(dir, 'template.db');
  migrateDatabase(`file:${file}`);
  project.provide('templateDatabase', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
