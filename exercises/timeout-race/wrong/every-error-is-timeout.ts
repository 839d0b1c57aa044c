export async function withTimeout<T>(task: () => Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  try {
    return await Promise.race([task(), timeout]);
  } catch {
    throw Object.assign(new Error(`timed out after ${ms} ms`), { name: 'TimeoutError' });
  } finally {
    clearTimeout(timer);
  }
}
