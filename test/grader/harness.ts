// Starts test/grader/child.ts with --no-node-snapshot and grades through it.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { GradeReport } from '../../server/grader/report.ts';
import type { Limits } from '../../server/grader/limits.ts';

export interface Grader {
  grade(exercise: string, code: string, opts?: { limits?: Partial<Limits>; filename?: string; deadlineMs?: number }): Promise<GradeReport>;
  /** Loads code in a bare sandbox session and calls one exported function with no arguments. */
  call(code: string, name: string, modules?: string[]): Promise<Record<string, unknown>>;
  close(): void;
  readonly child: ChildProcess;
}

export async function startGrader(): Promise<Grader> {
  const child = fork(fileURLToPath(new URL('./child.ts', import.meta.url)), [], {
    execArgv: ['--no-node-snapshot'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (r: never) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`grader child exited with ${code}`)));
  });
  child.on('message', (m: { id: number; report?: GradeReport; result?: unknown; crash?: string }) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.crash) p.reject(new Error(m.crash)); else p.resolve((m.report ?? m.result) as never);
  });
  const send = <T>(job: Record<string, unknown>, deadlineMs: number) => {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => { pending.delete(id); reject(new Error('deadline')); }, deadlineMs);
      pending.set(id, {
        resolve: (r: never) => { clearTimeout(timer); resolve(r as T); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
      child.send({ ...job, id });
    });
  };
  child.on('exit', (code, signal) => {
    for (const p of pending.values()) p.reject(new Error(`grader child died (${code ?? signal})`));
    pending.clear();
  });
  return {
    child,
    grade(exercise, code, opts = {}) {
      return send<GradeReport>({ exercise, code, filename: opts.filename, limits: opts.limits }, opts.deadlineMs ?? 15_000);
    },
    call(code, name, modules = ['express', 'bcrypt', 'jsonwebtoken']) {
      return send<Record<string, unknown>>({ exercise: '', code, call: { name, modules } }, 15_000);
    },
    close() { child.kill(); },
  };
}
