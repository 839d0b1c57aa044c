import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { register, registerWithRole } from '../helpers/users.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('PATCH /api/users/:id/role', () => {
  it('401 without a token, 403 for learners and instructors, 200 for an admin', async () => {
    const learner = await register(t, 'learner@example.com');
    const instructor = await registerWithRole(t, 'instructor@example.com', 'instructor');
    const admin = await registerWithRole(t, 'admin@example.com', 'admin');
    const patch = (token?: string) => {
      const req = request(t.app).patch(`/api/users/${learner.id}/role`).send({ role: 'instructor' });
      return token ? req.set('Authorization', `Bearer ${token}`) : req;
    };

    expect((await patch()).status).toBe(401);
    for (const token of [learner.accessToken, instructor.accessToken]) {
      const res = await patch(token);
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'FORBIDDEN', details: { required: ['admin'] } });
    }
    const ok = await patch(admin.accessToken);
    expect(ok.status).toBe(200);
    expect(ok.body.user).toMatchObject({ id: learner.id, role: 'instructor' });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: learner.id } })).role).toBe('instructor');
  });

  it('validates the role and the user', async () => {
    const admin = await registerWithRole(t, 'admin2@example.com', 'admin');
    const auth = `Bearer ${admin.accessToken}`;
    const target = await register(t, 'target@example.com');
    const toAdmin = await request(t.app).patch(`/api/users/${target.id}/role`).set('Authorization', auth).send({ role: 'admin' });
    expect(toAdmin.status).toBe(400);
    expect(toAdmin.body.error.code).toBe('VALIDATION_FAILED');
    expect(toAdmin.body.error.details[0].path).toBe('role');
    const missing = await request(t.app).patch('/api/users/nope/role').set('Authorization', auth).send({ role: 'instructor' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('USER_NOT_FOUND');
  });
});
