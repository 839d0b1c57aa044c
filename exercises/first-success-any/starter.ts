export async function fetchFromMirrors(mirrors: string[], download: (mirror: string) => Promise<string>): Promise<string> {
  // TODO: ask every mirror at once and keep the first success
  return download(mirrors[0]!);
}
