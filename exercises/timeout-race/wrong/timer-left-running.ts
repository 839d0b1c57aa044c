export async function withTimeout<T>(task: () => Promise<T>, ms: number): Promise<T> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => {
      reject(Object.assign(new Error(`timed out after ${ms} ms`), { name: 'TimeoutError' }));
    }, ms);
  });
  return Promise.race([task(), timeout]);
}
