type ReadNote = (id: string, callback: (error: Error | null, text: string) => void) => void;
type Done<T> = (error: Error | null, result?: T) => void;

export function loadNote(id: string, readNote: ReadNote, done: Done<{ id: string; text: string }>): void {
  readNote(id, (error, text) => {
    if (error) done(error);
    done(null, { id, text });
  });
}

export function loadBoth(firstId: string, secondId: string, readNote: ReadNote, done: Done<string[]>): void {
  readNote(firstId, (error, first) => {
    if (error) done(error);
    readNote(secondId, (secondError, second) => {
      if (secondError) done(secondError);
      done(null, [first, second]);
    });
  });
}

export function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => {
    setTimeout(() => resolve(value), ms);
  });
}
