// Global grading limits. Exercises and callers may tighten them, never loosen.
import { z } from 'zod';

export const GLOBAL_LIMITS = {
  cpuMs: 2000,
  wallMs: 10_000,
  memoryMb: 64,
  outputBytes: 64 * 1024,
  requests: 200,
  checkTimeoutMs: 2000,
  codeBytes: 100 * 1024,
} as const;

export type Limits = { -readonly [K in keyof typeof GLOBAL_LIMITS]: number };

export const LimitsSchema = z.object({
  cpuMs: z.number().int().positive().max(GLOBAL_LIMITS.cpuMs),
  wallMs: z.number().int().positive().max(GLOBAL_LIMITS.wallMs),
  memoryMb: z.number().int().min(8).max(GLOBAL_LIMITS.memoryMb),
  outputBytes: z.number().int().positive().max(GLOBAL_LIMITS.outputBytes),
  requests: z.number().int().positive().max(GLOBAL_LIMITS.requests),
  checkTimeoutMs: z.number().int().positive().max(GLOBAL_LIMITS.checkTimeoutMs),
  codeBytes: z.number().int().positive().max(GLOBAL_LIMITS.codeBytes),
}).partial().strict();

/** The tightest of the global limits and every override given. */
export function effectiveLimits(...overrides: Array<Partial<Limits> | undefined>): Limits {
  const out: Limits = { ...GLOBAL_LIMITS };
  for (const o of overrides) {
    if (!o) continue;
    for (const k of Object.keys(out) as Array<keyof Limits>) {
      const v = o[k];
      if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[k] = Math.min(out[k], v);
    }
  }
  return out;
}
