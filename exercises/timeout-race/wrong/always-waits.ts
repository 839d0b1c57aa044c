const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withTimeout<T>(task: () => Promise<T>, ms: number): Promise<T> {
  let settled = false;
  let value: T | undefined;
  let error: unknown;
  task().then(
    (v) => { settled = true; value = v; },
    (e) => { settled = true; error = e; },
  );
  await sleep(ms);
  if (!settled) throw Object.assign(new Error(`timed out after ${ms} ms`), { name: 'TimeoutError' });
  if (error) throw error;
  return value as T;
}
