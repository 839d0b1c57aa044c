// Learner TypeScript/ESM → a CommonJS-style function the driver calls in
// try/catch. esbuild's source map brings positions back to the learner's file.
import { transform } from 'esbuild';

export interface SourcePosition { line: number; column: number }
export interface CompileError { message: string; line?: number; column?: number }
export type Compiled =
  | { ok: true; script: string; map: LineMap }
  | { ok: false; error: CompileError };

/** Generated line (1-based) → sorted [generatedColumn, originalLine, originalColumn] segments. */
export type LineMap = Array<Array<[number, number, number]>>;

export const LEARNER_SCRIPT = 'stepwise-learner.js';
// The wrapper adds exactly one line before the learner's code.
const PREFIX = '(function (exports, require, module) {"use strict";\n';

export async function compileLearner(code: string, filename: string): Promise<Compiled> {
  const loader = /\.(m|c)?js$/.test(filename) ? 'js' : 'ts';
  try {
    const out = await transform(code, {
      loader, format: 'cjs', target: 'es2022', sourcemap: 'external', sourcefile: filename,
      logLevel: 'silent', supported: { 'dynamic-import': false },
    });
    return { ok: true, script: `${PREFIX}${out.code}\n})`, map: decodeMappings(JSON.parse(out.map).mappings as string) };
  } catch (e) {
    const first = (e as { errors?: Array<{ text: string; location?: { line: number; column: number } | null }> }).errors?.[0];
    if (!first) return { ok: false, error: { message: 'the code could not be compiled' } };
    const error: CompileError = { message: first.text };
    if (first.location) { error.line = first.location.line; error.column = first.location.column + 1; }
    return { ok: false, error };
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeMappings(mappings: string): LineMap {
  const lines: LineMap = [];
  let srcLine = 0, srcCol = 0;
  for (const lineText of mappings.split(';')) {
    const segs: Array<[number, number, number]> = [];
    let genCol = 0;
    for (const seg of lineText.split(',')) {
      if (!seg) continue;
      const v = vlq(seg);
      genCol += v[0]!;
      if (v.length >= 4) { srcLine += v[2]!; srcCol += v[3]!; segs.push([genCol, srcLine, srcCol]); }
    }
    lines.push(segs);
  }
  return lines;
}

function vlq(s: string): number[] {
  const out: number[] = [];
  let value = 0, shift = 0;
  for (const ch of s) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) { shift += 5; continue; }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0; shift = 0;
  }
  return out;
}

/** Position in the compiled script (1-based, including the wrapper line) → learner's file. */
export function mapPosition(map: LineMap, line: number, column: number): SourcePosition | undefined {
  const segs = map[line - 2];
  if (!segs || segs.length === 0) return undefined;
  let best = segs[0]!;
  for (const s of segs) if (s[0] <= column - 1) best = s; else break;
  return { line: best[1] + 1, column: best[2] + 1 };
}

/** Rewrites V8 stack frames to the learner's file and drops frames from the runtime. */
export function mapStack(stack: string, map: LineMap, filename: string): { frames: string[]; position?: SourcePosition } {
  const frames: string[] = [];
  let position: SourcePosition | undefined;
  for (const raw of stack.split('\n').slice(1, 40)) {
    const m = /^\s*at (?:(.*?) \()?stepwise-learner\.js:(\d+):(\d+)\)?$/.exec(raw);
    if (!m) continue;
    const p = mapPosition(map, Number(m[2]), Number(m[3]));
    if (!p) continue;
    position ??= p;
    const fn = m[1] && !m[1].startsWith('Object.<anonymous>') ? `${m[1]} ` : '';
    frames.push(fn ? `at ${fn}(${filename}:${p.line}:${p.column})` : `at ${filename}:${p.line}:${p.column}`);
    if (frames.length >= 10) break;
  }
  return position ? { frames, position } : { frames };
}
