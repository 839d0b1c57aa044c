// An instructor sees a learner's submission in curriculum health and previews solutions.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, it } from 'vitest';
import { snap, useServerAndBrowser } from './browser.ts';

const root = path.resolve(import.meta.dirname, '../..');
const env = useServerAndBrowser();

async function registerViaApi(email: string): Promise<string> {
  const res = await fetch(`${env.server.url}/api/auth/register`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'correct horse battery' }) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

it('shows a learner\'s failing submission, the misconception it matches, and previews the reference solution', async () => {
  const learner = await registerViaApi('learner@example.com');
  const wrong = readFileSync(path.join(root, 'exercises/todos-api/wrong/always-200.ts'), 'utf8');
  const submitted = await fetch(`${env.server.url}/api/exercises/todos-api/submissions`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${learner}` }, body: JSON.stringify({ code: wrong }),
  });
  expect(((await submitted.json()) as { report: { status: string } }).report.status).toBe('fail');

  await registerViaApi('teacher@example.com');
  const promote = spawnSync(process.execPath, [path.join(root, 'scripts/set-role.ts'), 'teacher@example.com', 'instructor'], {
    env: { PATH: process.env.PATH, DATA_DIR: env.server.dataDir }, encoding: 'utf8',
  });
  expect(promote.stdout).toContain('teacher@example.com is now instructor');

  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/signin`);
  await page.getByLabel('Email').fill('teacher@example.com');
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Curriculum health' }).click();
  const card = page.getByRole('article', { name: /A small todo list API/ });
  await card.getByText('1 attempts by 1 learners').waitFor();
  await card.getByText('Checks that fail most, and matching misconceptions').click();
  await card.getByText(/Answers every request with 200.*1 submission\(s\) fail exactly like/).waitFor();
  await snap(page, 'instructor', '01-health');

  await card.getByRole('button', { name: 'Run reference solution' }).click();
  await card.getByText('reference: pass (8/8 checks)').waitFor({ timeout: 30_000 });
  await snap(page, 'instructor', '02-preview');
}, 120_000);
