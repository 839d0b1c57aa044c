import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { PASSWORD, refreshCookieOf } from '../helpers/users.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('logs one structured line per request with its id, and never a password or token', async () => {
  const reg = await request(t.app).post('/api/auth/register').set('X-Request-Id', 'req-register-1').send({ email: 'ada@example.com', password: PASSWORD });
  const cookie = refreshCookieOf(reg);
  const refreshed = await request(t.app).post('/api/auth/refresh').set('Cookie', cookie);
  await request(t.app).get('/api/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`);
  await request(t.app).post('/api/auth/login').send({ email: 'ada@example.com', password: 'a wrong password' });

  const lines = t.logs.map((line) => JSON.parse(line) as { req?: { id?: string; headers?: Record<string, string> }; res?: { statusCode?: number } });
  expect(lines.find((line) => line.req?.id === 'req-register-1')?.res?.statusCode).toBe(201);
  expect(lines.filter((line) => line.req).every((line) => line.req?.headers === undefined)).toBe(true);

  const everything = t.logs.join('\n');
  const secrets = [PASSWORD, 'a wrong password', reg.body.accessToken, refreshed.body.accessToken, cookie.split('=')[1], refreshCookieOf(refreshed).split('=')[1]];
  for (const secret of secrets) expect(everything).not.toContain(secret);
});
