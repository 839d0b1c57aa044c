export async function mapLimit<T, R>(items: T[], limit: number, worker: (item: T) => Promise<R>): Promise<R[]> {
  // TODO: this runs one item at a time; run up to `limit` at once
  const results: R[] = [];
  for (const item of items) {
    results.push(await worker(item));
  }
  return results;
}
