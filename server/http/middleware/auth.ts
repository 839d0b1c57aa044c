import type { RequestHandler } from 'express';
import { AppError } from '../../errors.ts';
import { verifyAccessToken, type AccessClaims, type Role, type TokenSettings } from '../../services/tokens.ts';

declare module 'express-serve-static-core' {
  interface Request {
    auth?: AccessClaims;
  }
}

/** 401 unless a valid bearer access token is present; puts its claims on `req.auth`. */
export function requireAuth(settings: TokenSettings, now: () => Date): RequestHandler {
  return (req, _res, next) => {
    const header = req.headers.authorization;
    if (!header) return next(new AppError('UNAUTHENTICATED'));
    const match = /^Bearer ([^\s]+)$/i.exec(header);
    if (!match?.[1]) return next(new AppError('TOKEN_INVALID', { message: 'The Authorization header must be "Bearer <token>".' }));
    req.auth = verifyAccessToken(match[1], settings, now());
    next();
  };
}

/** 403 when the signed-in user has none of the roles; mount after requireAuth. */
export function requireRole(...allowed: Role[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.auth) return next(new AppError('UNAUTHENTICATED'));
    if (!allowed.includes(req.auth.role)) return next(new AppError('FORBIDDEN', { details: { required: allowed } }));
    next();
  };
}
