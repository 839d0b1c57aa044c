type ReadNote = (id: string, callback: (error: Error | null, text: string) => void) => void;
type Done<T> = (error: Error | null, result?: T) => void;

export function loadNote(id: string, readNote: ReadNote, done: Done<{ id: string; text: string }>): void {
  // TODO: read the note, then call done(error) or done(null, { id, text })
}

export function loadBoth(firstId: string, secondId: string, readNote: ReadNote, done: Done<string[]>): void {
  // TODO: read firstId, then secondId once the first has arrived, then call done once
}

export function delay<T>(ms: number, value: T): Promise<T> {
  // TODO: resolve with value after ms milliseconds
  return Promise.resolve(value);
}
