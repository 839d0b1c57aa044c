import jwt from 'jsonwebtoken';
import { defineChecks, type CheckContext } from '../../server/grader/checks.ts';

const SECRET = 'stepwise-access-secret';
const alice = { email: 'alice@example.com', password: 'correct horse battery' };
const bob = { email: 'bob@example.com', password: 'Tr0ub4dor&3 jump' };
type Pair = { accessToken: string; refreshToken: string };

async function login(ctx: CheckContext, who = alice): Promise<Pair> {
  const res = await ctx.request.post('/login').send(who);
  ctx.expect(res.status, `the status of POST /login as ${who.email}`).toBe(200);
  const body = res.body as Partial<Pair>;
  if (typeof body.accessToken !== 'string' || typeof body.refreshToken !== 'string') {
    ctx.fail(`POST /login answered ${JSON.stringify(res.body)}; expected { accessToken, refreshToken } with two strings`);
  }
  return body as Pair;
}
const refresh = (ctx: CheckContext, refreshToken: string) => ctx.request.post('/refresh').send({ refreshToken });
const me = (ctx: CheckContext, token: string) => ctx.request.get('/me').set('Authorization', `Bearer ${token}`);

export default defineChecks([
  {
    id: 'login-issues-pair',
    title: 'POST /login answers a 15-minute access token and a refresh token stored on the server',
    concepts: ['auth.sessions-vs-jwt', 'security.secrets'],
    timeoutMs: 3000,
    async run(ctx) {
      const pair = await login(ctx);
      let payload: jwt.JwtPayload | string = '';
      try {
        payload = jwt.verify(pair.accessToken, SECRET, { algorithms: ['HS256'] });
      } catch (e) {
        ctx.fail(`the access token does not verify with ACCESS_SECRET and HS256: ${(e as Error).message}`);
      }
      ctx.expect(payload, 'the access token payload').toMatchObject({ sub: '1', email: alice.email });
      const p = payload as jwt.JwtPayload;
      ctx.expect((p.exp ?? Infinity) - (p.iat ?? 0), 'seconds between iat and exp of the access token (it should live 15 minutes)').toBe(900);
      const { rows } = await ctx.sql('SELECT user_id, revoked_at FROM refresh_tokens WHERE token = $1', [pair.refreshToken]);
      if (rows.length === 0) ctx.fail('the refresh token is not a row in refresh_tokens: the server must keep refresh tokens so it can revoke them');
      ctx.expect(rows[0], 'the refresh_tokens row').toEqual({ user_id: 1, revoked_at: null });
    },
  },
  {
    id: 'wrong-password-401',
    title: 'A wrong password answers 401 and issues no tokens',
    concepts: ['auth.password-hashing'],
    timeoutMs: 3000,
    async run({ request, expect, sql }) {
      const res = await request.post('/login').send({ email: bob.email, password: alice.password });
      expect(res.status, "the status of POST /login with someone else's password").toBe(401);
      expect(res.body, 'the body').not.toHaveProperty('accessToken');
      const { rows } = await sql('SELECT COUNT(*)::int AS n FROM refresh_tokens WHERE user_id = 2', []);
      expect(rows[0]!.n, 'refresh tokens issued to bob').toBe(0);
    },
  },
  {
    id: 'me-needs-valid-access',
    title: 'GET /me accepts a valid access token and refuses missing, forged or expired ones',
    concepts: ['auth.protected-routes'],
    timeoutMs: 3000,
    async run(ctx) {
      const pair = await login(ctx);
      const ok = await me(ctx, pair.accessToken);
      ctx.expect(ok.status, 'the status of GET /me with the access token from login').toBe(200);
      ctx.expect(ok.body, 'the body of GET /me').toEqual({ id: 1, email: alice.email });
      ctx.expect((await ctx.request.get('/me')).status, 'the status of GET /me without a token').toBe(401);
      const forged = jwt.sign({ sub: '1', email: alice.email }, 'a-guessed-secret', { expiresIn: '15m' });
      ctx.expect((await me(ctx, forged)).status, 'the status of GET /me with a token signed by another secret').toBe(401);
      const expired = jwt.sign({ sub: '1', email: alice.email, exp: Math.floor(Date.now() / 1000) - 60 }, SECRET);
      ctx.expect((await me(ctx, expired)).status, 'the status of GET /me with an access token that expired a minute ago').toBe(401);
    },
  },
  {
    id: 'refresh-not-an-access-token',
    title: 'A refresh token sent as a Bearer token does not open GET /me',
    concepts: ['auth.sessions-vs-jwt', 'auth.protected-routes'],
    timeoutMs: 3000,
    async run(ctx) {
      const pair = await login(ctx);
      const res = await me(ctx, pair.refreshToken);
      if (res.status === 200) ctx.fail('GET /me accepted the refresh token as an access token: a leaked refresh token must not work on every route; keep them apart (a random id in the database, or at least another secret)');
      ctx.expect(res.status, 'the status of GET /me with the refresh token').toBe(401);
    },
  },
  {
    id: 'refresh-rotates',
    title: 'POST /refresh answers a new access token and a new refresh token',
    concepts: ['auth.sessions-vs-jwt'],
    timeoutMs: 3000,
    async run(ctx) {
      const first = await login(ctx);
      const res = await refresh(ctx, first.refreshToken);
      ctx.expect(res.status, 'the status of POST /refresh with a fresh refresh token').toBe(200);
      const next = res.body as Partial<Pair>;
      ctx.expect(typeof next.accessToken, 'the type of accessToken in the answer').toBe('string');
      ctx.expect(typeof next.refreshToken, 'the type of refreshToken in the answer').toBe('string');
      if (next.refreshToken === first.refreshToken) ctx.fail('POST /refresh answered the same refresh token again: rotate it, so each refresh token works only once');
      ctx.expect((await me(ctx, next.accessToken!)).status, 'the status of GET /me with the new access token').toBe(200);
      const again = await refresh(ctx, next.refreshToken!);
      ctx.expect(again.status, 'the status of POST /refresh with the new refresh token').toBe(200);
    },
  },
  {
    id: 'reuse-refused',
    title: 'A refresh token works once; an unknown one never',
    concepts: ['auth.sessions-vs-jwt'],
    timeoutMs: 3000,
    async run(ctx) {
      ctx.expect((await refresh(ctx, 'not-a-real-token')).status, 'the status of POST /refresh with a made-up token').toBe(401);
      const first = await login(ctx, bob);
      ctx.expect((await refresh(ctx, first.refreshToken)).status, 'the status of the first POST /refresh').toBe(200);
      const reused = await refresh(ctx, first.refreshToken);
      if (reused.status === 200) ctx.fail('the same refresh token worked twice: mark it used (revoked_at) when you rotate it, so a copied token is refused');
      ctx.expect(reused.status, 'the status of POST /refresh with an already-used token').toBe(401);
    },
  },
  {
    id: 'reuse-revokes-family',
    title: "Reusing a refresh token revokes the user's newer refresh tokens too",
    concepts: ['auth.sessions-vs-jwt'],
    timeoutMs: 3000,
    async run(ctx) {
      const first = await login(ctx);
      const rotated = await refresh(ctx, first.refreshToken);
      ctx.expect(rotated.status, 'the status of the first POST /refresh').toBe(200);
      const newest = (rotated.body as Pair).refreshToken;
      const stolen = await refresh(ctx, first.refreshToken);
      ctx.expect(stolen.status, 'the status when the old refresh token is used again (as a thief would)').toBe(401);
      const after = await refresh(ctx, newest);
      if (after.status === 200) ctx.fail("after the old refresh token came back, the newest one still works: a reused token means it was copied and the thief may hold the newest one too, so revoke every refresh token of that user");
      ctx.expect(after.status, 'the status of POST /refresh with the newest token after the reuse').toBe(401);
    },
  },
  {
    id: 'logout-revokes',
    title: 'After POST /logout the refresh token no longer works',
    concepts: ['auth.sessions-vs-jwt'],
    timeoutMs: 3000,
    async run(ctx) {
      const pair = await login(ctx);
      const out = await ctx.request.post('/logout').send({ refreshToken: pair.refreshToken });
      ctx.expect(out.status, 'the status of POST /logout').toBe(204);
      const res = await refresh(ctx, pair.refreshToken);
      if (res.status === 200) ctx.fail('the refresh token still works after logout: revoke it on the server, since the client forgetting it does not stop a copy');
      ctx.expect(res.status, 'the status of POST /refresh after logout').toBe(401);
    },
  },
]);
