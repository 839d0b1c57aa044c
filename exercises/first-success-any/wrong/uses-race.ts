export async function fetchFromMirrors(mirrors: string[], download: (mirror: string) => Promise<string>): Promise<string> {
  return Promise.race(mirrors.map((mirror) => download(mirror)));
}
