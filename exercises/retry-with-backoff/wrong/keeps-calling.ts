const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function retry<T>(task: () => Promise<T>, attempts: number, delayMs: number): Promise<T> {
  let result: T | undefined;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      result = await task();
    } catch (error) {
      lastError = error;
      if (attempt < attempts - 1) await sleep(delayMs * 2 ** attempt);
    }
  }
  if (result !== undefined) return result;
  throw lastError;
}
