// The README's first command, end to end: a fresh data directory, migrations at start, the
// API and the built web app on one port, and a clean exit on SIGTERM.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { startServer } from './helpers/server.ts';

it('starts on an empty data directory, serves health and the web app, and shuts down on SIGTERM', async () => {
  const server = await startServer();
  let stopped = false;
  try {
    expect(existsSync(path.join(server.dataDir, 'stepwise.db'))).toBe(true);
    expect(existsSync(path.join(server.dataDir, 'jwt-secret'))).toBe(true);

    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'ok' } });

    for (const page of ['/', '/roadmap/some/client/route']) {
      const res = await fetch(`${server.url}${page}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root"></div>');
    }

    stopped = true;
    expect(await server.stop()).toBe(0);
  } finally {
    if (!stopped) await server.stop();
  }
}, 60_000);
