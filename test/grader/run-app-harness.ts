// Starts run-app-child.ts with --no-node-snapshot (as harness.ts does for
// gradings) and runs app files through it, one job at a time.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RunAppResult } from '../../server/grader/run-app.ts';
import type { RunAppJob } from './run-app-child.ts';

export interface AppRunner {
  run(job: Omit<RunAppJob, 'id'>, deadlineMs?: number): Promise<RunAppResult>;
  close(): void;
}

export async function startAppRunner(): Promise<AppRunner> {
  const child = fork(fileURLToPath(new URL('./run-app-child.ts', import.meta.url)), [], {
    execArgv: ['--no-node-snapshot'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`app runner exited with ${code}`)));
  });
  const pending = new Map<number, { resolve: (r: RunAppResult) => void; reject: (e: Error) => void }>();
  child.on('message', (m: { id: number; result?: RunAppResult; crash?: string }) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.crash !== undefined || !m.result) p.reject(new Error(m.crash ?? 'no result')); else p.resolve(m.result);
  });
  child.on('exit', (code, signal) => {
    for (const p of pending.values()) p.reject(new Error(`app runner died (${code ?? signal})`));
    pending.clear();
  });
  let nextId = 1;
  return {
    run(job, deadlineMs = 30_000) {
      const id = nextId++;
      return new Promise<RunAppResult>((resolve, reject) => {
        const timer = setTimeout(() => { pending.delete(id); reject(new Error(`deadline: ${job.side} ${job.appFile}`)); }, deadlineMs);
        pending.set(id, {
          resolve: (r) => { clearTimeout(timer); resolve(r); },
          reject: (e) => { clearTimeout(timer); reject(e); },
        });
        child.send({ ...job, id });
      });
    },
    close() { child.kill(); },
  };
}
