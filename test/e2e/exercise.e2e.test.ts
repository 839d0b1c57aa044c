// The exercise page in a real browser against the real server and grader: a known-wrong
// solution fails with a diff, the reference solution passes, and the draft and the revealed
// hints survive a reload.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { snap, useServerAndBrowser } from './browser.ts';

const exerciseDir = path.resolve(import.meta.dirname, '../../exercises/todos-api');
const wrong = readFileSync(path.join(exerciseDir, 'wrong/always-200.ts'), 'utf8');
const solution = readFileSync(path.join(exerciseDir, 'solution.ts'), 'utf8');
const hint1 = (parse(readFileSync(path.join(exerciseDir, 'hints.yaml'), 'utf8')) as string[])[0]!;

const env = useServerAndBrowser();

/** Replaces everything in the CodeMirror editor, as a person would: select all, then type. */
async function replaceCode(page: Page, code: string) {
  const editor = page.getByRole('textbox', { name: 'Your solution' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

it('a learner fails a check with a diff, fixes the code, passes, and finds the draft after a reload', async () => {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.url}/signup`);
  await page.getByLabel('Email').fill('grace@example.com');
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((url) => url.pathname !== '/signup');

  await page.goto(`${env.server.url}/exercises/todos-api`);
  await page.getByRole('heading', { level: 1, name: 'A small todo list API' }).waitFor();
  await page.locator('.cm-editor').waitFor();
  await page.getByText('Starter code: your changes save automatically').waitFor();
  // Reveal the first hint (recorded on the server); it is listed again after the reload below.
  const hints = page.getByRole('region', { name: 'Hints' });
  await hints.getByRole('button', { name: 'Show hint 1 of 3' }).focus();
  await page.keyboard.press('Enter');
  await hints.getByRole('listitem').filter({ hasText: hint1 }).waitFor();
  await snap(page, 'exercise', '01-starter');

  await replaceCode(page, wrong);
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.getByRole('status').filter({ hasText: 'Checks finished: 4 of 8 checks passed.' }).waitFor({ timeout: 60_000 });
  const failed = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Failed: GET /todos/999 answers 404 with an error' }) });
  await failed.getByText('the status: expected 404, got 200').waitFor();
  const diff = failed.getByRole('figure');
  expect(await diff.locator('.diff-line.diff-expected').first().innerText()).toContain('HTTP 404');
  expect(await diff.locator('.diff-line.diff-actual').first().innerText()).toContain('HTTP 200');
  await page.getByRole('region', { name: 'Your next step' }).getByText(/./).first().waitFor();
  await snap(page, 'exercise', '02-wrong-solution');

  // A compile error points at its line in the editor (a lint diagnostic) and above the results.
  await replaceCode(page, 'import express from "express";\nconst app = express();\napp.get("/todos", (req, res) => {\n  res.json([1, 2);\n});\nexport default app;\n');
  await page.getByRole('button', { name: 'Run checks' }).click();
  await page.getByRole('heading', { name: 'Your code did not compile' }).waitFor({ timeout: 60_000 });
  await page.getByText(/At line 4, column \d+ of your code/).waitFor();
  await page.locator('.cm-lint-marker-error').waitFor();
  expect(await page.locator('.cm-lintRange-error').first().innerText()).toContain(')');
  await page.getByRole('button', { name: 'Show line 4 in the editor' }).click();
  expect(await page.locator('.cm-activeLine').innerText()).toBe('  res.json([1, 2);');
  await snap(page, 'exercise', '03-compile-error');

  await replaceCode(page, solution);
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.getByRole('status').filter({ hasText: 'Checks finished: All 8 checks passed.' }).waitFor({ timeout: 60_000 });
  expect(await page.getByRole('heading', { name: /^Passed: / }).count()).toBe(8);
  expect(await page.getByRole('heading', { name: /^Failed: / }).count()).toBe(0);
  const history = page.getByRole('region', { name: 'Your submissions' });
  await history.getByText('All 8 checks passed').waitFor();
  await history.getByText('4 of 8 checks passed').waitFor();
  await history.getByText('Not graded').waitFor();
  await page.locator('.save-status').filter({ hasText: /^(✓ )?Saved$/ }).waitFor();
  await snap(page, 'exercise', '04-all-passed');

  await page.reload();
  await page.locator('.cm-editor').waitFor();
  await page.locator('.cm-content').getByText('interface Todo { id: number; title: string; done: boolean }').waitFor();
  await hints.getByRole('listitem').filter({ hasText: hint1 }).waitFor();
  expect(await hints.getByRole('listitem').count()).toBe(1);
  await hints.getByRole('button', { name: 'Show hint 2 of 3' }).waitFor();
  // Keyboard only: Tab indents inside the editor; Escape then Tab moves on to "Run checks".
  await page.getByRole('textbox', { name: 'Your solution' }).focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Run checks');
  await page.getByRole('button', { name: /^Open report/ }).first().click();
  await page.getByText('The code you submitted').waitFor();
  await snap(page, 'exercise', '05-draft-restored');

  // Usable on a phone: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await snap(page, 'exercise', '06-phone');
}, 180_000);
