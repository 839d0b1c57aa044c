import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { PASSWORD, refreshCookieOf, register } from '../helpers/users.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('register', () => {
  it('creates a learner, returns an access token and sets an httpOnly SameSite=Strict refresh cookie', async () => {
    const res = await request(t.app).post('/api/auth/register').send({ email: ' Ada@Example.com ', password: PASSWORD });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: 'ada@example.com', role: 'learner' });
    expect(res.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('stepwise_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    const stored = await t.db.user.findUniqueOrThrow({ where: { email: 'ada@example.com' } });
    expect(stored.passwordHash).toMatch(/^\$2b\$04\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    await register(t, 'ada@example.com');
    const res = await request(t.app).post('/api/auth/register').send({ email: 'ADA@example.com', password: PASSWORD });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('EMAIL_TAKEN');
  });

  it.each([
    ['short', 'short1', 'must be at least 10 characters'],
    ['the email', 'grace@example.com', 'must not be your email address'],
    ['common', 'password123', 'is one of the most common passwords'],
    ['over 72 bytes', 'é'.repeat(37), 'must be at most 72 bytes'],
  ])('rejects a weak password (%s) with the reason', async (_name, password, reason) => {
    const res = await request(t.app).post('/api/auth/register').send({ email: 'grace@example.com', password });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('WEAK_PASSWORD');
    expect(res.body.error.details).toContainEqual({ path: 'password', message: reason });
    expect(await t.db.user.count()).toBe(0);
  });
});

describe('login', () => {
  it('signs in with the right password and refuses a wrong one or an unknown email alike', async () => {
    await register(t, 'ada@example.com');
    const ok = await request(t.app).post('/api/auth/login').send({ email: 'ada@example.com', password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.user.email).toBe('ada@example.com');
    const wrong = await request(t.app).post('/api/auth/login').send({ email: 'ada@example.com', password: 'wrong password!' });
    const unknown = await request(t.app).post('/api/auth/login').send({ email: 'nobody@example.com', password: PASSWORD });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body.error).toEqual({ code: 'INVALID_CREDENTIALS', message: 'The email or password is wrong.' });
    }
  });
});

describe('refresh rotation', () => {
  it('rotates the refresh token and returns a new access token', async () => {
    const { cookie } = await register(t, 'ada@example.com');
    t.clock.advance(1000);
    const res = await request(t.app).post('/api/auth/refresh').set('Cookie', cookie);
    expect(res.status).toBe(200);
    const next = refreshCookieOf(res);
    expect(next).not.toBe(cookie);
    const me = await request(t.app).get('/api/me').set('Authorization', `Bearer ${res.body.accessToken}`);
    expect(me.body.user.email).toBe('ada@example.com');
    const again = await request(t.app).post('/api/auth/refresh').set('Cookie', next);
    expect(again.status).toBe(200);
  });

  it('treats reuse of a rotated token as theft and revokes the whole family', async () => {
    const { cookie: first } = await register(t, 'ada@example.com');
    const second = refreshCookieOf(await request(t.app).post('/api/auth/refresh').set('Cookie', first));
    const reuse = await request(t.app).post('/api/auth/refresh').set('Cookie', first);
    expect(reuse.status).toBe(401);
    expect(reuse.body.error.code).toBe('REFRESH_TOKEN_REUSED');
    // The legitimate latest token died with its family.
    const latest = await request(t.app).post('/api/auth/refresh').set('Cookie', second);
    expect(latest.status).toBe(401);
    expect(latest.body.error.code).toBe('REFRESH_TOKEN_INVALID');
    expect(await t.db.refreshSession.count({ where: { revokedAt: null } })).toBe(0);
  });

  it('keeps other sign-ins alive when one family is revoked', async () => {
    const { cookie: laptop } = await register(t, 'ada@example.com');
    const phone = refreshCookieOf(await request(t.app).post('/api/auth/login').send({ email: 'ada@example.com', password: PASSWORD }));
    await request(t.app).post('/api/auth/refresh').set('Cookie', laptop);
    await request(t.app).post('/api/auth/refresh').set('Cookie', laptop);
    expect((await request(t.app).post('/api/auth/refresh').set('Cookie', phone)).status).toBe(200);
  });

  it('refuses a missing, unknown or expired refresh token', async () => {
    const missing = await request(t.app).post('/api/auth/refresh');
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('REFRESH_TOKEN_MISSING');
    const unknown = await request(t.app).post('/api/auth/refresh').set('Cookie', 'stepwise_refresh=made-up');
    expect(unknown.body.error.code).toBe('REFRESH_TOKEN_INVALID');
    const { cookie } = await register(t, 'ada@example.com');
    t.clock.advance(t.config.refreshTokenTtlDays * 86_400_000 + 1);
    const expired = await request(t.app).post('/api/auth/refresh').set('Cookie', cookie);
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('picks up a role change on the next refresh', async () => {
    const { id, cookie } = await register(t, 'ada@example.com');
    await t.db.user.update({ where: { id }, data: { role: 'instructor' } });
    const res = await request(t.app).post('/api/auth/refresh').set('Cookie', cookie);
    expect(res.body.user.role).toBe('instructor');
  });
});

describe('logout', () => {
  it('revokes the sign-in and clears the cookie', async () => {
    const { cookie } = await register(t, 'ada@example.com');
    const res = await request(t.app).post('/api/auth/logout').set('Cookie', cookie);
    expect(res.status).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/stepwise_refresh=;/);
    const after = await request(t.app).post('/api/auth/refresh').set('Cookie', cookie);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('REFRESH_TOKEN_INVALID');
  });
});
