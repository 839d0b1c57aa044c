import { Router, type CookieOptions, type Response } from 'express';
import { z } from 'zod';
import type { AccountService, IssuedTokens } from '../../services/accounts.ts';
import { MAX_PASSWORD_BYTES } from '../../services/passwords.ts';
import { authRateLimits, type AuthRateLimitOptions } from '../middleware/rate-limit.ts';
import { parseInput } from '../validate.ts';

export const REFRESH_COOKIE = 'stepwise_refresh';

const credentials = z
  .object({
    email: z.string('must be a string').trim().pipe(z.email('must be an email address').max(254)),
    // The real strength rules live in the account service; this only bounds the input.
    password: z.string().min(1, 'is required').max(MAX_PASSWORD_BYTES * 4),
  })
  .strict();

export function authRoutes(accounts: AccountService, options: { secureCookies: boolean; rateLimit: AuthRateLimitOptions }) {
  const router = Router();
  const cookieOptions: CookieOptions = {
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secureCookies,
    path: '/api/auth',
  };

  const sendTokens = (res: Response, tokens: IssuedTokens, status: number) => {
    res
      .status(status)
      .cookie(REFRESH_COOKIE, tokens.refreshToken, { ...cookieOptions, expires: tokens.refreshTokenExpiresAt })
      .set('Cache-Control', 'no-store')
      .json({ user: tokens.user, accessToken: tokens.accessToken, accessTokenExpiresIn: tokens.accessTokenExpiresIn });
  };

  router.post('/register', ...authRateLimits('register', options.rateLimit), async (req, res) => {
    sendTokens(res, await accounts.register(parseInput(credentials, req.body)), 201);
  });

  router.post('/login', ...authRateLimits('login', options.rateLimit), async (req, res) => {
    sendTokens(res, await accounts.login(parseInput(credentials, req.body)), 200);
  });

  router.post('/refresh', async (req, res) => {
    const presented = req.cookies?.[REFRESH_COOKIE] as string | undefined;
    try {
      sendTokens(res, await accounts.refresh(presented), 200);
    } catch (error) {
      res.clearCookie(REFRESH_COOKIE, cookieOptions);
      throw error;
    }
  });

  router.post('/logout', async (req, res) => {
    await accounts.logout(req.cookies?.[REFRESH_COOKIE] as string | undefined);
    res.clearCookie(REFRESH_COOKIE, cookieOptions).status(204).end();
  });

  return router;
}
