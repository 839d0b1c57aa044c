// The auth scaffold: JWT-protected routes with a role. The checks sign their own tokens
// with the exercise's secret (and with a wrong one, and expired), so no login is needed.
import type { Template } from './index.ts';

const app = (auth: string): string => `import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';

const JWT_SECRET = 'stepwise-dev-secret';
type Claims = { sub: string; role: 'user' | 'admin' };

function requireAuth(req: Request, res: Response, next: NextFunction) {
${auth}
}

function requireAdmin(_req: Request, res: Response, next: NextFunction) {
  if ((res.locals.user as Claims).role === 'admin') next();
  else res.status(403).json({ error: 'forbidden' });
}

const app = express();

app.get('/profile', requireAuth, (_req, res) => {
  res.json({ user: (res.locals.user as Claims).sub });
});

app.get('/admin', requireAuth, requireAdmin, (_req, res) => {
  res.json({ ok: true });
});

export default app;
`;

const verify = (how: string): string => `  const header = req.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  try {
    const claims = ${how};
    if (!claims) throw new Error('no token');
    res.locals.user = claims;
    next();
  } catch {
    res.status(401).json({ error: 'not authenticated' });
  }`;

export const auth: Template = {
  topic: 'auth',
  concepts: ['auth.protected-routes', 'auth.sessions-vs-jwt', 'auth.authn-vs-authz', 'auth.roles'],
  prompt: `Build an Express app (\`export default app\`) with two protected routes. Requests carry a JWT
signed with the secret \`stepwise-dev-secret\` as \`Authorization: Bearer <token>\`; its claims are
\`{ sub, role }\` with \`role\` either \`user\` or \`admin\`.

- \`GET /profile\` answers \`{ "user": <sub> }\` to anyone with a valid token.
- \`GET /admin\` answers \`{ "ok": true }\` to admins only.
- A missing, forged or expired token gets \`401\`; a valid token without the admin role gets \`403\` on \`/admin\`.
`,
  hints: [
    'Who are you (authentication, 401) and what may you do (authorization, 403) are two separate checks.',
    'jwt.verify(token, secret) checks the signature and the expiry and throws when either is wrong; jwt.decode checks nothing.',
    'Put the verified claims in res.locals.user in one middleware, then check res.locals.user.role in a second one that runs after it.',
  ],
  starter: `import express from 'express';

const app = express();

app.get('/profile', (_req, res) => {
  // TODO: only answer requests with a valid token
  res.json({ user: 'anonymous' });
});

export default app;
`,
  solution: app(verify('jwt.verify(token, JWT_SECRET) as Claims')),
  wrong: [
    {
      file: 'decode-not-verify.ts',
      misconception: 'Reads the token with jwt.decode, which checks neither the signature nor the expiry, so forged and expired tokens get in.',
      fails: ['rejects-forged-token', 'rejects-expired-token'],
      code: app(verify('jwt.decode(token) as Claims | null')),
    },
    {
      file: 'trusts-headers.ts',
      misconception: 'Trusts the client to say who it is (x-user and x-role headers) instead of proving it with a signed token.',
      fails: ['profile-with-token', 'admin-only-403'],
      code: app(`  const sub = req.get('x-user');
  if (!sub) {
    res.status(401).json({ error: 'not authenticated' });
    return;
  }
  res.locals.user = { sub, role: req.get('x-role') === 'admin' ? 'admin' : 'user' };
  next();`),
    },
  ],
  checks: `import jwt from 'jsonwebtoken';

const SECRET = 'stepwise-dev-secret';
const token = (sub: string, role: string, secret = SECRET) => jwt.sign({ sub, role }, secret, { expiresIn: '1h' });

export default defineChecks([
  {
    id: 'profile-with-token',
    title: 'GET /profile answers the user from a valid token, and 401 without one',
    concepts: ['auth.protected-routes'],
    async run({ request, expect }) {
      const res = await request.get('/profile').set('Authorization', \`Bearer \${token('ada', 'user')}\`);
      expect(res.status, 'the status with a token').toBe(200);
      expect(res.body, 'the body').toEqual({ user: 'ada' });
      expect((await request.get('/profile')).status, 'the status without a token').toBe(401);
    },
  },
  {
    id: 'rejects-forged-token',
    title: 'A token signed with another secret answers 401',
    concepts: ['auth.protected-routes', 'auth.sessions-vs-jwt'],
    async run({ request, expect }) {
      const res = await request.get('/admin').set('Authorization', \`Bearer \${token('eve', 'admin', 'a-guess')}\`);
      expect(res.status, 'the status').toBe(401);
    },
  },
  {
    id: 'rejects-expired-token',
    title: 'An expired token answers 401',
    concepts: ['auth.sessions-vs-jwt'],
    async run({ request, expect }) {
      const expired = jwt.sign({ sub: 'ada', role: 'user', exp: Math.floor(Date.now() / 1000) - 60 }, SECRET);
      const res = await request.get('/profile').set('Authorization', \`Bearer \${expired}\`);
      expect(res.status, 'the status').toBe(401);
    },
  },
  {
    id: 'admin-only-403',
    title: 'GET /admin answers 403 to a user and 200 to an admin',
    concepts: ['auth.authn-vs-authz', 'auth.roles'],
    async run({ request, expect }) {
      const user = await request.get('/admin').set('Authorization', \`Bearer \${token('ada', 'user')}\`);
      expect(user.status, 'the status for a user').toBe(403);
      const admin = await request.get('/admin').set('Authorization', \`Bearer \${token('root', 'admin')}\`);
      expect(admin.status, 'the status for an admin').toBe(200);
    },
  },
]);
`,
};
