// The whole learning loop as one story, in a real browser against the real server, grader and
// adaptive engine on a fresh database: register, choose a goal, take the placement quick-check
// (reloading half-way), follow the next step to an exercise, fail the check the engine chose
// with a known-wrong solution, see the failing check with its diff and a next step that points
// back to the gap, fix the code, pass, see mastery change; then an instructor finds the
// submission in curriculum health. Screenshots of each step go to test-results/story/.
//
// The learner is a persona: they know JavaScript, async JS, HTTP and the Node runtime (they
// answer those placement questions right, from the curriculum's own answers) and nothing of
// Express, their goal. Which lesson, exercise and check the engine picks is the engine's
// business (it is being tuned); the test follows whatever it picks and asserts the properties
// that must hold: the next step after the failure names the failed check and targets a
// concept that check needs (one it is tagged with, or a prerequisite of those).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page, Response } from 'playwright-core';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCurriculum } from '../../server/curriculum/load.ts';
import type { QuizItem } from '../../server/curriculum/schemas.ts';
import type { Check } from '../../server/grader/checks.ts';
import { snap, useServerAndBrowser } from './browser.ts';

const root = path.resolve(import.meta.dirname, '../..');
const env = useServerAndBrowser();
const PASSWORD = 'correct horse battery';
const KNOWS = new Set(['js-fundamentals', 'async-js', 'http', 'node-runtime']);
const GOAL = 'express';

const loaded = loadCurriculum(path.join(root, 'curriculum'), { checkOrphans: false });
if (!loaded.ok) throw new Error('the curriculum does not load: run npm run curriculum:check');
const curriculum = loaded.curriculum;

/** A question as the page shows it, prompt and code: inline `code` loses its backticks. */
const questionKey = (prompt: string, code = '') => `${prompt.replace(/`/g, '')}\n${code}`.replace(/\s+/g, ' ').trim();
const itemByQuestion = new Map<string, QuizItem>();
for (const { quiz } of curriculum.topics) {
  for (const item of quiz) {
    const key = questionKey(item.prompt, 'code' in item ? item.code : undefined);
    if (itemByQuestion.has(key)) throw new Error(`two quiz items read the same ("${key}"): the persona cannot tell them apart`);
    itemByQuestion.set(key, item);
  }
}

/**
 * Every concept a concept needs: its `requires` closure and all concepts of its topic's
 * (transitive) prerequisite topics: the widest reading of "prerequisite" the engine uses.
 */
function needs(conceptIds: readonly string[]): Set<string> {
  const topics = new Map(curriculum.topics.map((t) => [t.topic.id, t.topic]));
  const out = new Set<string>();
  const stack = [...conceptIds];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    const concept = curriculum.concepts.get(id);
    if (!concept) throw new Error(`unknown concept ${id}`);
    const topic = topics.get(concept.topic)!;
    stack.push(...(concept.requires ?? []));
    for (const p of topic.prerequisites) stack.push(...topics.get(p)!.concepts.map((c) => c.id));
  }
  return out;
}

/** The goal topic and every topic it builds on. */
const goalScope = (() => {
  const scope = new Set<string>();
  const stack = [GOAL];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (scope.has(id)) continue;
    scope.add(id);
    stack.push(...curriculum.topics.find((t) => t.topic.id === id)!.topic.prerequisites);
  }
  return scope;
})();

interface ExerciseYaml {
  title: string;
  wrong: { file: string; misconception: string; fails: string[] }[];
}

async function exerciseFiles(id: string) {
  const dir = path.join(root, 'exercises', id);
  const meta = parse(readFileSync(path.join(dir, 'exercise.yaml'), 'utf8')) as ExerciseYaml;
  const checks = (await import(path.join(dir, 'checks.ts')) as { default: Check[] }).default;
  return { dir, meta, checks };
}

/** Replaces everything in the CodeMirror editor, as a person would: select all, then type. */
async function replaceCode(page: Page, code: string) {
  await page.getByRole('textbox', { name: 'Your solution' }).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
}

/** Answers the quick-check question on screen as the persona would, and checks the verdict. */
async function answerAsPersona(card: Locator): Promise<void> {
  const code = card.locator('form pre.quiz-code');
  const key = questionKey(await card.locator('.quiz-prompt').innerText(), (await code.count()) > 0 ? await code.innerText() : '');
  const item = itemByQuestion.get(key);
  if (!item) throw new Error(`no quiz item reads "${key}"`);
  const right = KNOWS.has(item.id.slice(0, item.id.indexOf('.')));
  const options = 'options' in item && item.options ? item.options : [];
  if (options.length > 0) {
    // Options are shown in the curriculum's order.
    const inputs = card.locator('.quiz-options input');
    expect(await inputs.count()).toBe(options.length);
    const pick = right ? options.flatMap((o, i) => (o.correct ? [i] : [])) : [options.findIndex((o) => !o.correct)];
    for (const i of pick) await inputs.nth(i).check();
  } else {
    const accepted = ('accept' in item && Array.isArray(item.accept) ? item.accept : []).map(String);
    await card.getByRole('textbox').fill(right ? (item.kind === 'output' ? accepted.join('\n') : accepted[0]!) : 'I do not know');
  }
  await card.getByRole('button', { name: 'Check answer' }).click();
  await card.getByText(right ? /^(✓ )?Correct\.$/ : /^(✗ )?Not quite\.$/).waitFor();
}

const isNext = (r: Response) => new URL(r.url()).pathname === '/api/next' && r.request().method() === 'GET';

interface NextJson {
  next: { item: { kind: string; id: string; topicId: string; checkId?: string }; conceptId: string; why: string; reason: string };
}

/** Opens the home page from the main navigation; resolves with the next step the page received. */
async function openHome(page: Page): Promise<NextJson> {
  const response = page.waitForResponse(isNext);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Next step' }).click();
  return (await (await response).json()) as NextJson;
}

/** The topic's mean mastery and one concept's mastery, as the progress page writes them. */
async function readProgress(page: Page, topicTitle: string, conceptTitle: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('heading', { name: 'Your progress' }).waitFor();
  const topic = page.locator('details.topic-progress').filter({ has: page.locator('.topic-progress-title', { hasText: new RegExp(`^${topicTitle}$`) }) });
  const summary = await topic.locator('summary').innerText();
  const mean = Number(/mean (\d+)%/.exec(summary)?.[1]);
  expect(summary).toMatch(/Not started|Practising|Proficient|Mastered/);
  await topic.locator('summary').click();
  const row = topic.getByRole('row').filter({ has: page.getByRole('rowheader', { name: conceptTitle, exact: true }) });
  const cells = await row.getByRole('cell').allInnerTexts();
  return { mean, summary, concept: { status: cells[0]!, mastery: Number(/(\d+)%/.exec(cells[1]!)?.[1]), tries: cells[2]! } };
}

it('register, placement (resumed after a reload), the next exercise, a wrong solution and the gap behind it, the fix, mastery, and the instructor view', { timeout: 300_000 }, async () => {
  // Reduced motion: the charts draw at once, so the screenshots show their final state.
  const page = await env.browser.newPage({ viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce' });

  // 1. Register.
  await page.goto(env.server.url);
  await page.getByRole('link', { name: 'Start learning' }).click();
  await page.getByLabel('Email').fill('story@example.com');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Welcome, story@example.com' }).waitFor();

  // 2. Choose a goal, then the placement quick-check.
  const goalTitle = curriculum.topics.find((t) => t.topic.id === GOAL)!.topic.title;
  await page.getByRole('heading', { name: 'What do you want to learn?' }).waitFor();
  await page.getByRole('radio', { name: new RegExp(`^${goalTitle}`) }).check();
  await snap(page, 'story', '01-registered-choose-goal');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Take the quick check' }).click();

  const placement = page.locator('section.placement');
  // `asked`: the question on screen, then how many were asked once the loop ends.
  let asked = 1;
  for (; ; asked++) {
    expect(asked, 'placement asks at most 12 questions').toBeLessThanOrEqual(12);
    await placement.getByText(`Question ${asked}`, { exact: true }).waitFor();
    if (asked === 3) {
      // A reload half-way continues the same attempt: the same question, the count so far.
      const prompt = await placement.locator('.quiz-prompt').innerText();
      await page.reload();
      await placement.getByText('Question 3', { exact: true }).waitFor();
      expect(await placement.locator('.quiz-prompt').innerText()).toBe(prompt);
      await placement.getByText('Welcome back: you have answered 2 questions so far.', { exact: false }).waitFor();
      expect(await page.getByRole('heading', { name: 'Take the quick check?' }).count()).toBe(0);
      await snap(page, 'story', '03-placement-resumed-after-reload');
    }
    await answerAsPersona(placement.locator('article.quiz-item'));
    if (asked === 1) await snap(page, 'story', '02-placement-question');
    const finish = placement.getByRole('button', { name: 'Finish the quick check' });
    const next = placement.getByRole('button', { name: 'Next question' });
    await finish.or(next).waitFor();
    if (await finish.isVisible()) {
      await finish.click();
      break;
    }
    await next.click();
  }
  expect(asked).toBeGreaterThanOrEqual(3);
  await page.getByRole('heading', { name: 'Quick check done' }).waitFor();
  await snap(page, 'story', '04-placement-done');

  // 3. The next step, followed until it is an exercise (lessons come first for new concepts;
  // what placement credited without practice may get a quick confirming question first).
  const card = page.locator('section.next-card');
  let step = await (async () => {
    const response = page.waitForResponse(isNext);
    await page.getByRole('button', { name: 'See your next step' }).click();
    return (await (await response).json()) as NextJson;
  })();
  for (let lessons = 0, confirmed = 0; step.next.item.kind !== 'exercise'; ) {
    await card.getByRole('heading', { name: /^Your next step: / }).waitFor();
    // A practice question on a concept the persona knows but placement left unsure (a topic
    // with quiz items only) confirms it just the same.
    const { kind, topicId } = step.next.item;
    if (kind === 'diagnose' || (kind === 'quiz' && KNOWS.has(topicId))) {
      expect(KNOWS.has(topicId), `a confirming question on what placement credited: ${step.next.reason}`).toBe(true);
      expect(confirmed++, 'a few confirming questions at most').toBeLessThan(3);
      await card.getByRole('link', { name: kind === 'diagnose' ? 'Take the quick check' : 'Answer the question' }).click();
      await answerAsPersona(page.locator('article.quiz-item').first());
      step = await openHome(page);
      continue;
    }
    expect(step.next.item.kind, `the next step before any practice: ${step.next.reason}`).toBe('lesson');
    expect(lessons, 'the engine moves on to practice after the lesson').toBeLessThan(3);
    expect(goalScope.has(step.next.item.topicId), `the lesson on ${step.next.item.topicId} is on the way to the goal`).toBe(true);
    if (lessons === 0) await snap(page, 'story', '05-next-step-lesson');
    const viewed = page.waitForResponse((r) => r.url().endsWith('/lesson-viewed') && r.status() === 204);
    await card.getByRole('link', { name: 'Read the lesson' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await viewed;
    step = await openHome(page);
    lessons++;
  }
  const { id: exerciseId, checkId } = step.next.item;
  expect(checkId, 'an exercise step names the check it is about').toBeTruthy();
  expect(goalScope.has(step.next.item.topicId), `the exercise ${exerciseId} is on the way to the goal`).toBe(true);
  const { dir, meta, checks } = await exerciseFiles(exerciseId);
  const target = checks.find((c) => c.id === checkId)!;
  const focusConcept = curriculum.concepts.get(step.next.conceptId)!;
  await card.getByRole('heading', { name: `Your next step: ${meta.title}` }).waitFor();
  expect(await card.locator('.next-reason').innerText()).toContain(step.next.reason);
  await snap(page, 'story', '06-next-step-exercise');

  const topicTitle = curriculum.topics.find((t) => t.topic.id === step.next.item.topicId)!.topic.title;
  const before = await readProgress(page, topicTitle, focusConcept.title);
  await snap(page, 'story', '07-progress-before');
  await openHome(page);

  // 4. Open the exercise and submit a known-wrong solution that fails the check the engine chose.
  const wrong = meta.wrong.filter((w) => w.fails.includes(checkId!)).sort((a, b) => a.fails.length - b.fails.length)[0];
  if (!wrong) throw new Error(`exercises/${exerciseId} has no wrong solution failing ${checkId}; add one to run this story`);
  // Opened from the keyboard: the step's link takes focus and Enter follows it.
  await card.getByRole('link', { name: 'Start the exercise' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: meta.title }).waitFor();
  await page.locator('.cm-editor').waitFor();
  await replaceCode(page, readFileSync(path.join(dir, 'wrong', wrong.file), 'utf8'));
  await page.keyboard.press('ControlOrMeta+Enter');
  const passing = checks.length - wrong.fails.length;
  await page.getByRole('status').filter({ hasText: `Checks finished: ${passing} of ${checks.length} checks passed.` }).waitFor({ timeout: 60_000 });

  // The failing checks, with what was expected against what came back.
  const failedTitles = wrong.fails.map((id) => checks.find((c) => c.id === id)!.title);
  expect((await page.getByRole('heading', { name: /^Failed: / }).allInnerTexts()).map((t) => t.replace(/^✗\s*Failed:\s*/, '')).sort()).toEqual([...failedTitles].sort());
  const failed = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `Failed: ${target.title}` }) });
  expect((await failed.locator('.check-message').innerText()).length).toBeGreaterThan(5);
  const diff = failed.getByRole('figure').first();
  await diff.waitFor();
  const expectedLine = await diff.locator('.diff-line.diff-expected').first().innerText();
  const actualLine = await diff.locator('.diff-line.diff-actual').first().innerText();
  expect(expectedLine.replace(/^−\s*(expected:\s*)?/, '')).not.toBe(actualLine.replace(/^\+\s*(received:\s*)?/, ''));

  // The next step points back to the gap: it names the failed check and a concept that check needs.
  const nextStep = page.getByRole('region', { name: 'Your next step' });
  await nextStep.locator('.next-reason').waitFor();
  const reason = await nextStep.locator('.next-reason').innerText();
  expect(failedTitles.some((title) => reason.includes(`'${title}'`)), `"${reason}" names a failed check`).toBe(true);
  expect(['Filling a gap', 'Checking a prerequisite']).toContain((await nextStep.locator('.why-tag').textContent())?.trim());
  const gapTitle = await nextStep.locator('.next-focus-concept').innerText();
  const failedConcepts = wrong.fails.flatMap((id) => checks.find((c) => c.id === id)!.concepts);
  const neededTitles = new Set([...needs(failedConcepts)].map((id) => curriculum.concepts.get(id)!.title));
  expect(neededTitles.has(gapTitle), `the gap "${gapTitle}" is a concept the failed checks need`).toBe(true);
  expect(reason).toContain(gapTitle);
  await expect.poll(() => nextStep.getByText(/chance you know it now: \d+%/).count()).toBe(1);
  await snap(page, 'story', '08-wrong-solution-and-the-gap');

  // 5. Fix the code: every check passes.
  await replaceCode(page, readFileSync(path.join(dir, 'solution.ts'), 'utf8'));
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.getByRole('status').filter({ hasText: `Checks finished: All ${checks.length} checks passed.` }).waitFor({ timeout: 60_000 });
  expect(await page.getByRole('heading', { name: /^Failed: / }).count()).toBe(0);
  await page.getByRole('region', { name: 'Your submissions' }).getByText(`All ${checks.length} checks passed`).waitFor();
  await snap(page, 'story', '09-fixed-all-passed');

  // 6. Mastery changed, in words and numbers.
  const after = await readProgress(page, topicTitle, focusConcept.title);
  expect(after.mean, `${topicTitle}: ${before.summary} → ${after.summary}`).toBeGreaterThan(before.mean);
  expect(after.concept.mastery, `${focusConcept.title} mastery`).toBeGreaterThan(before.concept.mastery);
  expect(after.concept.tries).not.toBe(before.concept.tries);
  await snap(page, 'story', '10-progress-after');

  // 7. An instructor sees the submission in curriculum health, matched to its misconception.
  const registered = await fetch(`${env.server.url}/api/auth/register`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'teacher@example.com', password: PASSWORD }),
  });
  expect(registered.status).toBe(201);
  const promote = spawnSync(process.execPath, [path.join(root, 'scripts/set-role.ts'), 'teacher@example.com', 'instructor'], {
    env: { PATH: process.env.PATH, DATA_DIR: env.server.dataDir }, encoding: 'utf8',
  });
  expect(promote.stdout).toContain('teacher@example.com is now instructor');
  const teacher = await env.browser.newPage({ viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce' });
  await teacher.goto(`${env.server.url}/signin`);
  await teacher.getByLabel('Email').fill('teacher@example.com');
  await teacher.getByLabel('Password').fill(PASSWORD);
  await teacher.getByRole('button', { name: 'Sign in' }).click();
  await teacher.getByRole('link', { name: 'Curriculum health' }).click();
  const health = teacher.getByRole('article', { name: new RegExp(`^${meta.title}`) });
  await health.getByText('2 attempts by 1 learners').waitFor();
  await health.getByText('Checks that fail most, and matching misconceptions').click();
  await health.getByText(`${target.title}: 1 of 2 failed`, { exact: false }).waitFor();
  await health.getByText(`${wrong.misconception} — 1 submission(s) fail exactly like`, { exact: false }).waitFor();
  await snap(teacher, 'story', '11-instructor-curriculum-health', health);
});
