import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ CORS_ORIGINS: 'https://app.example, https://admin.example' });
});
afterAll(() => t.close());

it('allows only the configured origins, with credentials', async () => {
  const allowed = await request(t.app).get('/api/health').set('Origin', 'https://admin.example');
  expect(allowed.headers['access-control-allow-origin']).toBe('https://admin.example');
  expect(allowed.headers['access-control-allow-credentials']).toBe('true');
  const other = await request(t.app).get('/api/health').set('Origin', 'https://evil.example');
  expect(other.headers['access-control-allow-origin']).toBeUndefined();
});
