export async function fetchFromMirrors(mirrors: string[], download: (mirror: string) => Promise<string>): Promise<string> {
  try {
    return await Promise.any(mirrors.map((mirror) => download(mirror)));
  } catch {
    // Promise.any rejects with an AggregateError once every mirror has failed.
    throw new Error('all mirrors failed');
  }
}
