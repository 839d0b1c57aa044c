import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { PASSWORD, register } from '../helpers/users.ts';

let t: TestApp;
afterEach(() => t.close());

const login = (email: string, password: string, ip?: string) => {
  const req = request(t.app).post('/api/auth/login');
  return (ip ? req.set('X-Forwarded-For', ip) : req).send({ email, password });
};

describe('auth rate limits', () => {
  it('limits failed logins per account across IPs, with Retry-After', async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT_PER_ACCOUNT: '3', AUTH_RATE_LIMIT_PER_IP: '100', TRUST_PROXY: '1', AUTH_RATE_LIMIT_WINDOW_SECONDS: '600' });
    await register(t, 'ada@example.com');
    for (let i = 0; i < 3; i++) expect((await login('ada@example.com', 'wrong password!', `203.0.113.${i}`)).status).toBe(401);
    const limited = await login('ADA@example.com', PASSWORD, '198.51.100.7');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    // Another account is not affected.
    await register(t, 'grace@example.com');
    expect((await login('grace@example.com', PASSWORD, '198.51.100.7')).status).toBe(200);
  });

  it('counts only failures against an account', async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT_PER_ACCOUNT: '2', AUTH_RATE_LIMIT_PER_IP: '100' });
    await register(t, 'ada@example.com');
    for (let i = 0; i < 5; i++) expect((await login('ada@example.com', PASSWORD)).status).toBe(200);
  });

  it('limits every attempt from one IP, on register and login separately', async () => {
    t = await createTestApp({ AUTH_RATE_LIMIT_PER_IP: '2', AUTH_RATE_LIMIT_PER_ACCOUNT: '100' });
    expect((await request(t.app).post('/api/auth/register').send({ email: 'a@example.com', password: PASSWORD })).status).toBe(201);
    expect((await request(t.app).post('/api/auth/register').send({ email: 'b@example.com', password: PASSWORD })).status).toBe(201);
    const third = await request(t.app).post('/api/auth/register').send({ email: 'c@example.com', password: PASSWORD });
    expect(third.status).toBe(429);
    expect(third.headers['retry-after']).toMatch(/^\d+$/);
    expect(await t.db.user.count()).toBe(2);
    expect((await login('a@example.com', PASSWORD)).status).toBe(200);
  });
});
