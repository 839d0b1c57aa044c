type ReadFile = (path: string, callback: (error: Error | null, text?: string) => void) => void;

export function loadText(path: string, readFile: ReadFile): Promise<string> {
  return new Promise((resolve, reject) => {
    readFile(path, (error, text) => {
      if (error) reject(error);
      else resolve(text ?? '');
    });
  });
}

export async function loadJson(path: string, readFile: ReadFile): Promise<unknown> {
  const text = await loadText(path, readFile);
  return JSON.parse(text);
}
