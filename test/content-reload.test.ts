// In development the server reloads curriculum and exercise files when they change; a
// change that fails validation is reported and the last good version keeps serving.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../server/logger.ts';
import { createContentStore, type ContentStore } from '../server/services/content.ts';

const root = path.resolve(import.meta.dirname, '..');
let dir: string;
let store: ContentStore;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'stepwise-content-'));
  cpSync(path.join(root, 'curriculum'), path.join(dir, 'curriculum'), { recursive: true });
  store = await createContentStore({ curriculumDir: path.join(dir, 'curriculum'), exercisesDir: path.join(root, 'exercises'), logger: createLogger('silent'), watch: true });
});
afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const topicFile = () => path.join(dir, 'curriculum/topics/http/topic.yaml');
const httpTitle = () => store.current().curriculum.topics.find((t) => t.topic.id === 'http')!.topic.title;
const waitFor = async (condition: () => boolean) => {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(condition()).toBe(true);
};

it('picks up an edit without a restart, and keeps serving the last good version when an edit is invalid', async () => {
  const original = readFileSync(topicFile(), 'utf8');
  const version = store.current().version;

  writeFileSync(topicFile(), original.replace(/^title: .*$/m, 'title: HTTP, renamed while editing'));
  await waitFor(() => store.current().version > version);
  expect(httpTitle()).toBe('HTTP, renamed while editing');
  expect(store.problems()).toEqual([]);

  writeFileSync(topicFile(), `${original}\nnot_a_field: true\n`);
  await waitFor(() => store.problems().length > 0);
  expect(store.problems()[0]).toMatchObject({ file: 'topics/http/topic.yaml', rule: 'schema' });
  expect(httpTitle()).toBe('HTTP, renamed while editing');

  writeFileSync(topicFile(), original);
  await waitFor(() => store.problems().length === 0);
  expect(httpTitle()).toBe(original.match(/^title: (.*)$/m)![1]);
});
