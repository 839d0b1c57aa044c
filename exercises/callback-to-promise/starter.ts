type ReadFile = (path: string, callback: (error: Error | null, text?: string) => void) => void;

export function loadText(path: string, readFile: ReadFile): Promise<string> {
  // TODO: call readFile and settle a promise from its callback
  return Promise.resolve('');
}

export async function loadJson(path: string, readFile: ReadFile): Promise<unknown> {
  // TODO: load the text with loadText, then parse it
  return null;
}
