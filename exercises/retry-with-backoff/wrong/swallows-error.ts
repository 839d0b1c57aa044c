const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function retry<T>(task: () => Promise<T>, attempts: number, delayMs: number): Promise<T | undefined> {
  let delay = delayMs;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      console.log('attempt failed:', (error as Error).message);
      if (attempt < attempts) {
        await sleep(delay);
        delay *= 2;
      }
    }
  }
  return undefined;
}
