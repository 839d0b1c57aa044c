import { createHmac, generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_SECRET, type TestApp } from '../helpers/app.ts';
import { register } from '../helpers/users.ts';

let t: TestApp;
let userId: string;
let valid: string;
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

beforeAll(async () => {
  t = await createTestApp();
  ({ id: userId, accessToken: valid } = await register(t, 'ada@example.com'));
});
afterAll(() => t.close());

const me = (token: string) => request(t.app).get('/api/me').set('Authorization', `Bearer ${token}`);

describe('access tokens', () => {
  it('carries sub, role, iat and exp and is accepted while fresh', async () => {
    const claims = jwt.verify(valid, TEST_SECRET, { algorithms: ['HS256'], ignoreExpiration: true }) as jwt.JwtPayload;
    expect(claims).toMatchObject({ sub: userId, role: 'learner' });
    expect(claims.exp! - claims.iat!).toBe(t.config.accessTokenTtlSeconds);
    expect(jwt.decode(valid, { complete: true })?.header.alg).toBe('HS256');
    expect((await me(valid)).status).toBe(200);
  });

  it('rejects a token once it has expired', async () => {
    t.clock.advance((t.config.accessTokenTtlSeconds + 1) * 1000);
    const res = await me(valid);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('TOKEN_EXPIRED');
    t.clock.advance(-(t.config.accessTokenTtlSeconds + 1) * 1000);
  });

  it('rejects alg: none', async () => {
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: userId, role: 'admin', iat: 1, exp: 4_000_000_000 })}.`;
    const res = await me(unsigned);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('TOKEN_INVALID');
  });

  it('rejects another HMAC algorithm and an asymmetric one', async () => {
    const hs512 = jwt.sign({ sub: userId, role: 'learner' }, TEST_SECRET, { algorithm: 'HS512', expiresIn: 60 });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rs256 = jwt.sign({ sub: userId, role: 'learner' }, privateKey, { algorithm: 'RS256', expiresIn: 60 });
    for (const token of [hs512, rs256]) {
      const res = await me(token);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('TOKEN_INVALID');
    }
  });

  it('rejects a bad signature and a tampered payload', async () => {
    const forged = jwt.sign({ sub: userId, role: 'admin' }, 'another-secret-another-secret-another', { algorithm: 'HS256', expiresIn: 60 });
    const [header, , signature] = valid.split('.');
    const tampered = `${header}.${b64({ sub: userId, role: 'admin', iat: 1, exp: 4_000_000_000 })}.${signature}`;
    for (const token of [forged, tampered, `${valid}x`, 'not-a-token']) {
      const res = await me(token);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('TOKEN_INVALID');
    }
  });

  it('rejects a correctly signed token with an unknown role or missing claims', async () => {
    const sign = (payload: object) => {
      const head = b64({ alg: 'HS256', typ: 'JWT' });
      const body = b64(payload);
      return `${head}.${body}.${createHmac('sha256', TEST_SECRET).update(`${head}.${body}`).digest('base64url')}`;
    };
    const now = Math.floor(t.clock.now().getTime() / 1000);
    for (const payload of [{ sub: userId, role: 'root', iat: now, exp: now + 60 }, { sub: userId, role: 'learner', iat: now }]) {
      expect((await me(sign(payload))).body.error.code).toBe('TOKEN_INVALID');
    }
  });

  it('tells a missing header (401 UNAUTHENTICATED) from a malformed one', async () => {
    const missing = await request(t.app).get('/api/me');
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('UNAUTHENTICATED');
    const basic = await request(t.app).get('/api/me').set('Authorization', 'Basic YWRhOnB3');
    expect(basic.status).toBe(401);
    expect(basic.body.error.code).toBe('TOKEN_INVALID');
  });
});
