export async function withTimeout<T>(task: () => Promise<T>, ms: number): Promise<T> {
  // TODO: reject with a TimeoutError if task() takes longer than ms
  return task();
}
