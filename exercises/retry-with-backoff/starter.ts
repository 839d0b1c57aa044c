export async function retry<T>(task: () => Promise<T>, attempts: number, delayMs: number): Promise<T> {
  // TODO: call task, and retry with a growing delay when it fails
  return task();
}
