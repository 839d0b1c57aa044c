type ReadNote = (id: string, callback: (error: Error | null, text: string) => void) => void;
type Done<T> = (error: Error | null, result?: T) => void;

export function loadNote(id: string, readNote: ReadNote, done: Done<{ id: string; text: string }>): void {
  let text = '';
  readNote(id, (_error, result) => {
    text = result;
  });
  // readNote has not called back yet, so text is still empty here.
  done(null, { id, text });
}

export function loadBoth(firstId: string, secondId: string, readNote: ReadNote, done: Done<string[]>): void {
  const texts: string[] = [];
  readNote(firstId, (_error, text) => {
    texts[0] = text;
  });
  readNote(secondId, (_error, text) => {
    texts[1] = text;
  });
  done(null, texts);
}

export function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => {
    setTimeout(() => resolve(value), ms);
  });
}
