// One V8 snapshot of the runtime per worker process: isolates start from it
// with Express and the driver already evaluated.
import ivm from 'isolated-vm';
import { loadRuntimeBundle } from './build.ts';

let snapshot: Promise<ivm.ExternalCopy<ArrayBuffer>> | undefined;

export function getSnapshot(): Promise<ivm.ExternalCopy<ArrayBuffer>> {
  snapshot ??= loadRuntimeBundle().then((code) =>
    ivm.Isolate.createSnapshot([{ code, filename: 'stepwise-runtime.js' }]));
  return snapshot;
}
