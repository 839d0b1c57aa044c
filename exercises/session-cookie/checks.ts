import { defineChecks, type CheckContext } from '../../server/grader/checks.ts';

const alice = { email: 'alice@example.com', password: 'correct horse battery' };
const bob = { email: 'bob@example.com', password: 'Tr0ub4dor&3 jump' };

/** The Set-Cookie line for sid, if the response set one. */
function sidCookie(headers: Record<string, unknown>): string | undefined {
  const raw = headers['set-cookie'];
  const lines = Array.isArray(raw) ? raw as string[] : typeof raw === 'string' ? [raw] : [];
  return lines.find((l) => l.startsWith('sid='));
}
const valueOf = (line: string) => decodeURIComponent(line.slice(4).split(';')[0] ?? '');

/** GET /me with exactly this Cookie header: a fresh agent, so the check's cookie jar cannot replace it. */
function meWithCookie(ctx: CheckContext, cookie: string) {
  return ctx.agent().get('/me').set('Cookie', cookie);
}

async function login(ctx: CheckContext, who = alice): Promise<string> {
  const res = await ctx.request.post('/login').send(who);
  ctx.expect(res.status, `the status of POST /login as ${who.email}`).toBe(200);
  const line = sidCookie(res.headers);
  if (!line) ctx.fail('POST /login answered 200 but set no cookie named sid (look for a Set-Cookie: sid=... header)');
  return valueOf(line);
}

export default defineChecks([
  {
    id: 'login-sets-cookie',
    title: 'POST /login answers the user and sets a sid cookie naming a session row',
    concepts: ['auth.sessions-vs-jwt', 'auth.password-hashing'],
    timeoutMs: 3000,
    async run(ctx) {
      const res = await ctx.request.post('/login').send(alice);
      ctx.expect(res.status, 'the status of POST /login with the right password').toBe(200);
      ctx.expect(res.body, 'the body').toEqual({ id: 1, email: alice.email });
      const line = sidCookie(res.headers);
      if (!line) return ctx.fail('POST /login set no cookie named sid');
      const sid = valueOf(line);
      const { rows } = await ctx.sql('SELECT user_id FROM sessions WHERE id = $1', [sid]);
      if (rows.length === 0) ctx.fail(`the sid cookie holds ${JSON.stringify(sid)}, which is not the id of a row in the sessions table: the cookie should carry a random session id the server stored`);
      ctx.expect(rows[0]!.user_id, 'the user_id of the session row').toBe(1);
    },
  },
  {
    id: 'cookie-is-httponly',
    title: 'The sid cookie is HttpOnly and SameSite',
    concepts: ['http.headers', 'auth.sessions-vs-jwt'],
    timeoutMs: 3000,
    async run({ request, expect, fail }) {
      const res = await request.post('/login').send(alice);
      const line = sidCookie(res.headers);
      if (!line) return fail('POST /login set no cookie named sid');
      const attrs = line.split(';').slice(1).map((a) => a.trim().toLowerCase());
      expect(attrs.includes('httponly'), `whether the cookie is HttpOnly (Set-Cookie: ${line})`).toBe(true);
      expect(attrs.some((a) => a === 'samesite=lax' || a === 'samesite=strict'), `whether the cookie has SameSite=Lax (Set-Cookie: ${line})`).toBe(true);
    },
  },
  {
    id: 'wrong-password-no-session',
    title: 'A wrong password answers 401, sets no cookie and creates no session',
    concepts: ['auth.password-hashing'],
    timeoutMs: 3000,
    async run({ request, expect, sql }) {
      const res = await request.post('/login').send({ email: bob.email, password: 'correct horse battery' });
      expect(res.status, "the status of POST /login with someone else's password").toBe(401);
      expect(res.body, 'the body').toEqual({ error: 'invalid email or password' });
      expect(sidCookie(res.headers), 'the sid cookie after a failed login').toBeUndefined();
      const { rows } = await sql('SELECT COUNT(*)::int AS n FROM sessions WHERE user_id = 2', []);
      expect(rows[0]!.n, "sessions created for bob").toBe(0);
    },
  },
  {
    id: 'me-with-cookie',
    title: 'After logging in, GET /me answers the user; without the cookie it answers 401',
    concepts: ['auth.protected-routes', 'http.headers'],
    timeoutMs: 3000,
    async run(ctx) {
      const anonymous = await meWithCookie(ctx, 'theme=dark');
      ctx.expect(anonymous.status, 'the status of GET /me without a sid cookie').toBe(401);
      await login(ctx, bob);
      const me = await ctx.request.get('/me');
      ctx.expect(me.status, 'the status of GET /me with the cookie from the login').toBe(200);
      ctx.expect(me.body, 'the body of GET /me').toEqual({ id: 2, email: bob.email });
    },
  },
  {
    id: 'tampered-cookie-refused',
    title: 'A made-up or edited sid does not log anyone in',
    concepts: ['auth.sessions-vs-jwt', 'auth.protected-routes'],
    timeoutMs: 3000,
    async run(ctx) {
      const sid = await login(ctx);
      const edited = /^\d+$/.test(sid) ? String(Number(sid) + 1) : sid.slice(0, -1) + (sid.endsWith('0') ? '1' : '0');
      for (const [what, value] of [['an edited sid', edited], ['a made-up sid', '00000000-0000-4000-8000-000000000000']]) {
        const res = await meWithCookie(ctx, `sid=${value}`);
        if (res.status === 200) ctx.fail(`GET /me with ${what} (${value}) answered 200 as ${JSON.stringify(res.body)}: the cookie must be a random session id the server looks up, not something a client can guess or change`);
        ctx.expect(res.status, `the status of GET /me with ${what}`).toBe(401);
      }
    },
  },
  {
    id: 'logout-ends-session',
    title: 'After POST /logout the old sid no longer works, even if someone kept a copy',
    concepts: ['auth.sessions-vs-jwt'],
    timeoutMs: 3000,
    async run(ctx) {
      const sid = await login(ctx);
      const out = await ctx.request.post('/logout');
      ctx.expect(out.status, 'the status of POST /logout').toBe(204);
      const replay = await meWithCookie(ctx, `sid=${sid}`);
      if (replay.status === 200) ctx.fail('GET /me with the sid from before the logout still answers 200: clearing the cookie in the browser is not enough, the session must be deleted on the server');
      ctx.expect(replay.status, 'the status of GET /me with the old sid').toBe(401);
    },
  },
]);
