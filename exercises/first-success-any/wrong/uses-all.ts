export async function fetchFromMirrors(mirrors: string[], download: (mirror: string) => Promise<string>): Promise<string> {
  const results = await Promise.all(mirrors.map((mirror) => download(mirror)));
  return results[0] as string;
}
