export async function mapLimit<T, R>(items: T[], limit: number, worker: (item: T) => Promise<R>): Promise<Array<R | undefined>> {
  const results: Array<R | undefined> = new Array(items.length);
  let next = 0;

  async function lane(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = await worker(items[i]!);
      } catch {
        results[i] = undefined; // carry on with the others
      }
    }
  }

  const lanes = Array.from({ length: Math.min(limit, items.length) }, () => lane());
  await Promise.all(lanes);
  return results;
}
