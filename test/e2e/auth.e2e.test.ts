import { expect, it } from 'vitest';
import { snap, useServerAndBrowser } from './browser.ts';

const env = useServerAndBrowser();

it('a learner signs up, stays signed in across a reload, signs out, and sees clear errors', async () => {
  const page = await env.browser.newPage();
  await page.goto(env.server.url);
  await page.getByRole('link', { name: 'Start learning' }).click();
  await page.getByLabel('Email').fill('ada@example.com');
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText('Password is one of the most common passwords.').waitFor();
  await snap(page, 'auth', '01-weak-password');

  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Welcome, ada@example.com' }).waitFor();
  await snap(page, 'auth', '02-signed-up');

  await page.reload();
  await page.getByRole('heading', { name: 'Welcome, ada@example.com' }).waitFor();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Start learning' }).waitFor();
  await page.reload();
  // count() does not wait for the reloaded page to render: wait for the link first.
  await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
  expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(1);

  await page.goto(`${env.server.url}/signin`);
  await page.getByLabel('Email').fill('ada@example.com');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'The email or password is wrong.' }).waitFor();
  await snap(page, 'auth', '03-wrong-password');

  await page.goto(`${env.server.url}/no/such/page`);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
});
