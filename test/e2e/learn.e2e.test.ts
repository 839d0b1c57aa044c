// The learner's loop in a real browser against the real server: register, choose a goal,
// the placement quick-check, the next step with its reason, the roadmap (graph and list), a
// lesson and its quick check, then progress. Run `npm run build` first.
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { snap, useServerAndBrowser } from './browser.ts';

const env = useServerAndBrowser();

/** Answers whatever kind of question `scope` shows: the first option, or some text. */
async function answerAny(scope: Locator) {
  const radios = scope.getByRole('radio');
  const boxes = scope.getByRole('checkbox');
  if (await radios.count()) await radios.first().check();
  else if (await boxes.count()) await boxes.first().check();
  else await scope.getByRole('textbox').first().fill('42');
  await scope.getByRole('button', { name: 'Check answer' }).click();
  await scope.getByText(/^(✓ )?Correct\.$|^(✗ )?Not quite\.$/).first().waitFor();
}

async function takePlacement(page: Page) {
  const section = page.locator('section.placement');
  for (let asked = 1; asked <= 20; asked++) {
    const done = page.getByRole('heading', { name: 'Quick check done' });
    if (await done.isVisible()) return asked - 1;
    await section.getByText(`Question ${asked}`, { exact: true }).waitFor();
    if (asked === 1) await snap(page, 'learn', '03-placement-question');
    await answerAny(section.locator('article.quiz-item'));
    const finish = section.getByRole('button', { name: 'Finish the quick check' });
    if (await finish.isVisible()) {
      await finish.click();
      await done.waitFor();
      return asked;
    }
    await section.getByRole('button', { name: 'Next question' }).click();
  }
  // The engine stops well before this; skip rather than loop for ever.
  await section.getByRole('button', { name: 'Skip the rest' }).click();
  return 20;
}

it('a new learner chooses a goal, takes the quick check, follows the next step, the roadmap, a lesson and sees progress', { timeout: 120_000 }, async () => {
  const page = await env.browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(env.server.url);
  await page.getByRole('link', { name: 'Start learning' }).click();
  await page.getByLabel('Email').fill('grace@example.com');
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();

  // First visit: choose a goal.
  await page.getByRole('heading', { name: 'What do you want to learn?' }).waitFor();
  await snap(page, 'learn', '01-choose-goal');
  await page.getByRole('radio', { name: 'The whole core path' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();

  // The placement quick-check, answered until the engine is done.
  await page.getByRole('heading', { name: 'Take the quick check?' }).waitFor();
  await snap(page, 'learn', '02-placement-intro');
  await page.getByRole('button', { name: 'Take the quick check' }).click();
  const asked = await takePlacement(page);
  expect(asked).toBeGreaterThan(0);
  await snap(page, 'learn', '04-placement-done');
  await page.getByRole('button', { name: 'See your next step' }).click();

  // Home: the next step card with the engine's reason.
  const card = page.locator('section.next-card');
  await card.getByRole('heading', { name: /^Your next step: / }).waitFor();
  expect((await card.locator('.next-reason').textContent())?.replace('Why this?', '').trim().length).toBeGreaterThan(10);
  expect(await card.getByRole('link').getAttribute('href')).toMatch(/^\/(exercises\/|topics\/)/);
  await page.getByRole('heading', { name: 'Something else' }).waitFor();
  await snap(page, 'learn', '05-next-step');

  // After a reload the learner lands on the next step again, not the first-visit flow.
  await page.reload();
  await card.getByRole('heading', { name: /^Your next step: / }).waitFor().catch(async (error: unknown) => {
    await snap(page, 'learn', 'debug-reload');
    console.log(await page.locator('main').innerText());
    throw error;
  });

  // The roadmap: a graph of linked topics, with the list as its accessible twin.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roadmap' }).click();
  const graph = page.locator('svg.roadmap-graph');
  await graph.waitFor();
  expect(await graph.locator('a.graph-node').count()).toBeGreaterThanOrEqual(19);
  expect(await graph.locator('polyline.edge').count()).toBeGreaterThan(10);
  await page.getByRole('link', { name: /^Express and routing: Core topic, mastery (Not started|Practising|Proficient|Mastered) \(\d+%\)/ }).waitFor();
  await snap(page, 'learn', '06-roadmap-graph');
  // Topics on the map are links a keyboard reaches and opens with Enter.
  await page.getByRole('link', { name: /^JavaScript fundamentals: Core topic/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/topics\/js-fundamentals$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.goBack();
  await graph.waitFor();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const core = page.getByRole('region', { name: 'Core topics' });
  await core.waitFor();
  expect(await core.getByText(/Mastery: (Not started|Practising|Proficient|Mastered) \(\d+%\)$/).count()).toBe(13);
  await snap(page, 'learn', '07-roadmap-list');

  // A lesson with highlighted code, and its quick check at the end.
  await core.getByRole('link', { name: 'Express and routing', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /Express/ }).waitFor();
  await page.locator('.markdown pre code.hljs').first().waitFor();
  const check = page.getByRole('region', { name: 'Quick check' });
  const first = check.locator('article.quiz-item').first();
  await answerAny(first);
  await first.locator('.explanation').waitFor();
  await snap(page, 'learn', '08-lesson-quick-check');

  // Unknown topics are a 404 page.
  await page.goto(`${env.server.url}/topics/no-such-topic`);
  await page.getByRole('heading', { name: 'Topic not found' }).waitFor();

  // Progress: mastery per topic (chart and text), streak, reviews.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('heading', { name: 'Your progress' }).waitFor();
  await page.locator('.chart-figure svg').first().waitFor();
  expect(await page.getByText(/^Streak$/).count()).toBe(1);
  await page.getByRole('heading', { name: 'Due for review' }).waitFor();
  expect(await page.locator('details.topic-progress').count()).toBeGreaterThanOrEqual(19);
  await snap(page, 'learn', '09-progress');

  // On a phone: the next step card fits and the roadmap scrolls inside its own box.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(env.server.url);
  await card.getByRole('heading', { name: /^Your next step: / }).waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await snap(page, 'learn', '10-phone-next-step');
});
