// The README's first command, end to end: a fresh data directory, migrations at start, the
// API and the built web app on one port, and a clean exit on SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

it('starts on an empty data directory, serves health and the web app, and shuts down on SIGTERM', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'stepwise-start-'));
  const child = spawn(process.execPath, [path.join(root, 'server/main.ts')], {
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /running at (http:\/\/localhost:\d+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
    });
    expect(existsSync(path.join(dataDir, 'stepwise.db'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'jwt-secret'))).toBe(true);

    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'ok' } });

    for (const page of ['/', '/roadmap/some/client/route']) {
      const res = await fetch(`${url}${page}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root"></div>');
    }

    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
