type ReadNote = (id: string, callback: (error: Error | null, text: string) => void) => void;
type Done<T> = (error: Error | null, result?: T) => void;

export function loadNote(id: string, readNote: ReadNote, done: Done<{ id: string; text: string }>): void {
  readNote(id, (error, text) => {
    if (error) return done(error);
    done(null, { id, text });
  });
}

export function loadBoth(firstId: string, secondId: string, readNote: ReadNote, done: Done<string[]>): void {
  let first = '';
  readNote(firstId, (error, text) => {
    if (error) return done(error);
    first = text;
  });
  // Starts straight away, while the first read is still going.
  readNote(secondId, (error, second) => {
    if (error) return done(error);
    done(null, [first, second]);
  });
}

export function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => {
    setTimeout(() => resolve(value), ms);
  });
}
