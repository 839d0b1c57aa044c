// Learner console output, kept inside the isolate and bounded: the host reads
// it once at the end, as one string this module builds.
import { P } from './primordials.ts';
import { inspect } from './serialize.ts';
import { stringify } from './json.ts';

interface Line { stream: 'out' | 'err'; text: string; at: number }
const lines: Line[] = [];
let used = 0;
let limit = 64 * 1024;
let truncated = false;
const LINE_OVERHEAD = 32;
let clock: () => number = () => 0;

export function configureConsole(maxChars: number, now: () => number): void { limit = maxChars; clock = now; }

function write(stream: 'out' | 'err', args: unknown[]): void {
  if (truncated) return;
  const parts: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    // Strings go in whole so the output limit, not the inspector's cut, decides.
    P.ArrayPush(parts, typeof a === 'string' ? a : inspect(a));
  }
  let text = P.ArrayJoin(parts, ' ') as string;
  // Each line also costs its JSON wrapping in the report.
  const cost = text.length + LINE_OVERHEAD;
  if (used + cost > limit) {
    text = P.StringSlice(text, 0, P.MathMax(0, limit - used - LINE_OVERHEAD)) as string;
    truncated = true;
  }
  used += text.length + LINE_OVERHEAD;
  P.ArrayPush(lines, { stream, text, at: clock() });
}

const counts = P.ObjectCreate(null) as Record<string, number>;
export const learnerConsole = {
  log: (...a: unknown[]) => write('out', a),
  info: (...a: unknown[]) => write('out', a),
  debug: (...a: unknown[]) => write('out', a),
  warn: (...a: unknown[]) => write('err', a),
  error: (...a: unknown[]) => write('err', a),
  trace: (...a: unknown[]) => write('err', ['Trace:', ...a]),
  dir: (v: unknown) => write('out', [v]),
  table: (v: unknown) => write('out', [v]),
  assert: (ok: unknown, ...a: unknown[]) => { if (!ok) write('err', ['Assertion failed', ...a]); },
  count: (label: unknown = 'default') => { const k = P.String(label); counts[k] = (counts[k] ?? 0) + 1; write('out', [k + ': ' + counts[k]]); },
  time: () => {}, timeEnd: () => {}, timeLog: () => {}, group: () => {}, groupEnd: () => {},
};

export function takeConsole(): string {
  return stringify({ lines, truncated, chars: used });
}
