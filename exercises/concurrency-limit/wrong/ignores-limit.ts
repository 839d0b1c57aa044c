export async function mapLimit<T, R>(items: T[], _limit: number, worker: (item: T) => Promise<R>): Promise<R[]> {
  return Promise.all(items.map((item) => worker(item)));
}
