// One V8 snapshot of the runtime per worker process: isolates start from it
// with Express and the driver already evaluated, and (thanks to the warm-up, run in a
// throwaway context) with the bytecode of the code a grading runs already compiled.
//
// Building it costs a few hundred milliseconds of CPU, and workers are recycled often, so
// the first worker leaves it in dist/ (next to the runtime bundle it is made from, the
// same trust level: both are code the grader runs) and the others load it. The file is
// keyed by everything that makes a snapshot valid (bundle, warm-up, V8, isolated-vm, flags)
// and carries a SHA-256 of its content: V8 aborts the process on a snapshot it cannot read.
import ivm from 'isolated-vm';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRuntimeBundle, type RuntimeVariant } from './build.ts';
import { WARMUP_SCRIPT } from './warmup.ts';

const dist = join(dirname(fileURLToPath(import.meta.url)), 'dist');
const snapshots = new Map<RuntimeVariant, Promise<ivm.ExternalCopy<ArrayBuffer>>>();

export function getSnapshot(variant: RuntimeVariant = 'full'): Promise<ivm.ExternalCopy<ArrayBuffer>> {
  let snapshot = snapshots.get(variant);
  if (!snapshot) {
    snapshot = loadRuntimeBundle(variant).then(cachedSnapshot);
    snapshots.set(variant, snapshot);
  }
  return snapshot;
}

function build(code: string, warmup: boolean): ivm.ExternalCopy<ArrayBuffer> {
  const scripts = [{ code, filename: 'stepwise-runtime.js' }];
  if (!warmup) return ivm.Isolate.createSnapshot(scripts);
  try {
    return ivm.Isolate.createSnapshot(scripts, WARMUP_SCRIPT);
  } catch {
    // A warm-up that fails only costs speed: fall back to the plain snapshot.
    return ivm.Isolate.createSnapshot(scripts);
  }
}

async function cachedSnapshot(code: string): Promise<ivm.ExternalCopy<ArrayBuffer>> {
  const warmup = process.env.STEPWISE_SNAPSHOT_WARMUP !== '0';
  if (process.env.STEPWISE_SNAPSHOT_CACHE === '0') return build(code, warmup);
  const ivmVersion = JSON.parse(await readFile(createRequire(import.meta.url).resolve('isolated-vm/package.json'), 'utf8')).version as string;
  const key = createHash('sha256')
    .update(code).update(warmup ? WARMUP_SCRIPT : '').update(ivmVersion)
    .update(JSON.stringify([process.versions.v8, process.version, process.arch, process.platform, process.execArgv]))
    .digest('hex').slice(0, 16);
  const file = join(dist, `snapshot-${key}.bin`);
  const stored = await readFile(file).catch(() => undefined);
  if (stored && stored.length > 32) {
    const body = stored.subarray(32);
    if (createHash('sha256').update(body).digest().equals(stored.subarray(0, 32))) {
      return new ivm.ExternalCopy(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
    }
  }
  const made = build(code, warmup);
  const bytes = Buffer.from(made.copy());
  const temporary = `${file}.${process.pid}.tmp`;
  // Rename is atomic, so a worker reading concurrently sees the whole file or none.
  await writeFile(temporary, Buffer.concat([createHash('sha256').update(bytes).digest(), bytes]))
    .then(() => rename(temporary, file))
    .then(async () => {
      // Other keys may belong to processes started with other flags: only long-unused ones go.
      for (const old of await readdir(dist)) {
        if (!old.startsWith('snapshot-') || old.startsWith(`snapshot-${key}`)) continue;
        const { atimeMs, mtimeMs } = await stat(join(dist, old));
        if (Date.now() - Math.max(atimeMs, mtimeMs) > 24 * 3600_000) await rm(join(dist, old), { force: true });
      }
    })
    .catch(() => rm(temporary, { force: true }).catch(() => undefined));
  return made;
}
