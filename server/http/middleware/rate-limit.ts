import type { Request, RequestHandler } from 'express';
import { rateLimit, type Options, type RateLimitInfo } from 'express-rate-limit';
import { AppError } from '../../errors.ts';
import { normalizeEmail } from '../../services/accounts.ts';

export interface AuthRateLimitOptions {
  windowSeconds: number;
  perIp: number;
  perAccount: number;
}

const accountOf = (req: Request): string | undefined => {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? normalizeEmail(email) : undefined;
};

const rejectWithRetryAfter: Options['handler'] = (req, _res, next) => {
  const resetTime = (req as Request & { rateLimit?: RateLimitInfo }).rateLimit?.resetTime;
  const seconds = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : 60;
  next(new AppError('RATE_LIMITED', { headers: { 'Retry-After': String(seconds) }, details: { retryAfterSeconds: seconds } }));
};

/**
 * Two limits per auth route: every attempt from one IP, and failed attempts against one
 * account (so a password-guessing run against one email is slowed whatever IPs it uses).
 * Fresh stores per call keep apps built in tests independent.
 */
export function authRateLimits(name: string, options: AuthRateLimitOptions): RequestHandler[] {
  const windowMs = options.windowSeconds * 1000;
  const common = { windowMs, standardHeaders: 'draft-8', legacyHeaders: false, handler: rejectWithRetryAfter } as const;
  return [
    rateLimit({ ...common, limit: options.perIp, identifier: `${name}-ip` }),
    rateLimit({
      ...common,
      limit: options.perAccount,
      identifier: `${name}-account`,
      skip: (req) => accountOf(req) === undefined,
      keyGenerator: (req) => `${name}:${accountOf(req)}`,
      skipSuccessfulRequests: true,
    }),
  ];
}
