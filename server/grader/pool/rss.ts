import { readFile } from 'node:fs/promises';

/**
 * Resident set size of another process, read by the parent so that a worker stuck in a
 * synchronous loop (which cannot report anything itself) is still measured. Async so the
 * parent's event loop never waits on the file system. Undefined when unknown (not Linux,
 * or the process is gone).
 */
export async function readRssBytes(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
