import request from 'supertest';
import type { TestApp } from './app.ts';

export const PASSWORD = 'correct horse battery';

export function refreshCookieOf(res: request.Response): string {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('stepwise_refresh='));
  if (!cookie) throw new Error(`no refresh cookie in ${JSON.stringify(cookies)}`);
  return cookie.split(';')[0]!;
}

export async function register(t: TestApp, email: string, password = PASSWORD) {
  const res = await request(t.app).post('/api/auth/register').send({ email, password });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { res, id: res.body.user.id as string, accessToken: res.body.accessToken as string, cookie: refreshCookieOf(res) };
}

export async function registerWithRole(t: TestApp, email: string, role: 'learner' | 'instructor' | 'admin') {
  const user = await register(t, email);
  await t.db.user.update({ where: { id: user.id }, data: { role } });
  const login = await request(t.app).post('/api/auth/login').send({ email, password: PASSWORD });
  return { ...user, accessToken: login.body.accessToken as string };
}
