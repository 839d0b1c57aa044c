type ReadFile = (path: string, callback: (error: Error | null, text?: string) => void) => void;

export function loadText(path: string, readFile: ReadFile): Promise<string> {
  let contents = '';
  readFile(path, (_error, text) => {
    contents = text ?? '';
  });
  // The callback has not run yet, so contents is still ''.
  return Promise.resolve(contents);
}

export async function loadJson(path: string, readFile: ReadFile): Promise<unknown> {
  const text = await loadText(path, readFile);
  return JSON.parse(text);
}
