// bcrypt salts and crypto.randomBytes need entropy; the host seeds this per isolate
// (a snapshot would otherwise hand every isolate the same sequence).
let s0 = 0x9e3779b9, s1 = 0x243f6a88, s2 = 0xb7e15162, s3 = 0x85a308d3;

export function seedRandom(hex: string): void {
  const word = (i: number) => parseInt(hex.slice(i * 8, i * 8 + 8), 16) | 0;
  s0 = word(0) || 1; s1 = word(1); s2 = word(2); s3 = word(3);
  for (let i = 0; i < 16; i++) next();
}

// xoshiro128**: small, fast, good enough for salts in a grading sandbox.
function next(): number {
  const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
  const t = s1 << 9;
  s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11);
  return result >>> 0;
}
function rotl(x: number, k: number): number { return (x << k) | (x >>> (32 - k)); }

export function randomFill(bytes: Uint8Array): void {
  for (let i = 0; i < bytes.length; i++) bytes[i] = next() & 0xff;
}
export function randomFloat(): number { return next() / 4294967296; }
