export async function fetchFromMirrors(mirrors: string[], download: (mirror: string) => Promise<string>): Promise<string> {
  for (const mirror of mirrors) {
    try {
      return await download(mirror);
    } catch {
      // try the next one
    }
  }
  throw new Error('all mirrors failed');
}
