import { createHash, randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AppError } from '../errors.ts';

export type Role = 'learner' | 'instructor' | 'admin';
export const roles = ['learner', 'instructor', 'admin'] as const satisfies readonly Role[];

export interface AccessClaims {
  sub: string;
  role: Role;
}

export interface TokenSettings {
  secret: string;
  accessTtlSeconds: number;
}

/** `iat` and `exp` come from the injected clock, so expiry is testable without waiting. */
export function signAccessToken(claims: AccessClaims, settings: TokenSettings, now: Date): string {
  const iat = Math.floor(now.getTime() / 1000);
  return jwt.sign({ sub: claims.sub, role: claims.role, iat, exp: iat + settings.accessTtlSeconds }, settings.secret, {
    algorithm: 'HS256',
  });
}

export function verifyAccessToken(token: string, settings: TokenSettings, now: Date): AccessClaims {
  let payload: string | jwt.JwtPayload;
  try {
    // Pinning the algorithm is what rejects `alg: none` and RS/HS confusion.
    payload = jwt.verify(token, settings.secret, {
      algorithms: ['HS256'],
      clockTimestamp: Math.floor(now.getTime() / 1000),
    });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw new AppError('TOKEN_EXPIRED');
    throw new AppError('TOKEN_INVALID');
  }
  if (typeof payload !== 'object' || typeof payload.sub !== 'string' || typeof payload.exp !== 'number' || typeof payload.iat !== 'number') {
    throw new AppError('TOKEN_INVALID');
  }
  const role = (payload as { role?: unknown }).role;
  if (!roles.includes(role as Role)) throw new AppError('TOKEN_INVALID');
  return { sub: payload.sub, role: role as Role };
}

/** Refresh tokens are random and opaque; only their hash is stored. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
