// Node's own typings describe callbacks this way: the result is there whenever the error is null.
type ReadNote = (id: string, callback: (error: Error | null, text: string) => void) => void;
type Done<T> = (error: Error | null, result?: T) => void;

export function loadNote(id: string, readNote: ReadNote, done: Done<{ id: string; text: string }>): void {
  readNote(id, (error, text) => {
    // Returning here is what keeps done from being called a second time.
    if (error) return done(error);
    done(null, { id, text });
  });
}

export function loadBoth(firstId: string, secondId: string, readNote: ReadNote, done: Done<string[]>): void {
  readNote(firstId, (error, first) => {
    if (error) return done(error);
    // The store is free again only now, so the second read starts from in here.
    readNote(secondId, (secondError, second) => {
      if (secondError) return done(secondError);
      done(null, [first, second]);
    });
  });
}

export function delay<T>(ms: number, value: T): Promise<T> {
  // setTimeout's callback has nowhere to return a value to; resolve hands it to whoever awaits.
  return new Promise((resolve) => {
    setTimeout(() => resolve(value), ms);
  });
}
