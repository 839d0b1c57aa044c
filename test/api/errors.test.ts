import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalogue, renderErrorDocs } from '../../server/errors.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ JSON_BODY_LIMIT: '1kb' });
});
afterAll(() => t.close());

const post = (body: string, type = 'application/json') =>
  request(t.app).post('/api/auth/register').set('Content-Type', type).send(body);

describe('error responses', () => {
  it('malformed JSON is a 400 MALFORMED_JSON', async () => {
    const res = await post('{"email": "a@example.com",');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'MALFORMED_JSON', message: errorCatalogue.MALFORMED_JSON.message } });
  });

  it('a JSON primitive where an object is expected is MALFORMED_JSON (strict parsing)', async () => {
    expect((await post('"just a string"')).body.error.code).toBe('MALFORMED_JSON');
  });

  it('a JSON array is a validation error naming the body', async () => {
    const res = await post('[]');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details[0].path).toBe('(body)');
  });

  it('wrong types and missing fields name each field', async () => {
    const res = await post(JSON.stringify({ email: 42 }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['email', 'password']);
  });

  it('unknown fields are refused by name', async () => {
    const res = await post(JSON.stringify({ email: 'a@example.com', password: 'long enough pw', role: 'admin' }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'role', message: 'is not a known field' }]);
    expect(await t.db.user.count()).toBe(0);
  });

  it('an oversized body is a 413 with the limit', async () => {
    const res = await post(JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(2000) }));
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { limit: 1024 } });
  });

  it('a non-JSON body is a 415', async () => {
    const res = await post('email=a@example.com', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('unknown API routes and methods are a JSON 404, with a request id', async () => {
    for (const res of [await request(t.app).get('/api/nope'), await request(t.app).delete('/api/health')]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
    }
  });

  it('echoes a well-formed incoming request id and replaces a hostile one', async () => {
    expect((await request(t.app).get('/api/health').set('X-Request-Id', 'abc-123')).headers['x-request-id']).toBe('abc-123');
    expect((await request(t.app).get('/api/health').set('X-Request-Id', 'bad id <script>')).headers['x-request-id']).not.toBe('bad id <script>');
  });

  it('a malformed percent-encoding in the path is a 4xx, not a 500', async () => {
    const res = await request(t.app).patch('/api/users/%E0%A4%A/role').send({ role: 'instructor' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('sets helmet headers and sends no CORS headers by default', async () => {
    const res = await request(t.app).get('/api/health').set('Origin', 'https://evil.example');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('the error catalogue', () => {
  it('matches docs/errors.md (run `npm run docs:errors` after editing server/errors.ts)', () => {
    const docs = readFileSync(path.resolve(import.meta.dirname, '../../docs/errors.md'), 'utf8');
    expect(docs).toBe(renderErrorDocs());
  });

  it('gives every code a 4xx/5xx status, a message and a fix', () => {
    for (const [code, spec] of Object.entries(errorCatalogue)) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(spec.status).toBeGreaterThanOrEqual(400);
      expect(spec.message.length).toBeGreaterThan(10);
      expect(spec.fix.length).toBeGreaterThan(5);
    }
  });
});
