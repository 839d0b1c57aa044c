// Debian's Chromium driven by playwright-core (Playwright cannot download browsers here),
// against the real server started on a fresh data directory.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';

const root = path.resolve(import.meta.dirname, '../..');
export const artifactsDir = path.join(root, 'test-results');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install chromium\` or set CHROMIUM_PATH (.ci/run installs it).`);
  }
  // playwright-core gives every launch a fresh temporary profile of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Saves a screenshot as a test artifact under test-results/<suite>/<step>.png: the whole page, or only `of`. */
export async function snap(page: Page, suite: string, step: string, of?: Locator): Promise<void> {
  const dir = path.join(artifactsDir, suite);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${step}.png`);
  await (of ? of.screenshot({ path: file }) : page.screenshot({ path: file, fullPage: true }));
}

/** A fresh server and Chromium for one test file, both stopped after it. */
export function useServerAndBrowser(): { server: RunningServer; browser: Browser } {
  const env = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([startServer(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}
