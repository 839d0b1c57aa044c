import bcrypt from 'bcrypt';
import { defineChecks } from '../../server/grader/checks.ts';

const alice = { email: 'alice@example.com', password: 'correct horse battery' };
const bob = { email: 'bob@example.com', password: 'correct horse battery' };

export default defineChecks([
  {
    id: 'register-201',
    title: 'POST /register answers 201 { id, email }, without the password or its hash',
    concepts: ['auth.password-hashing'],
    timeoutMs: 3000,
    async run({ request, expect }) {
      const res = await request.post('/register').send(alice);
      expect(res.status, 'the status of POST /register').toBe(201);
      expect(res.body, 'the body of POST /register').toMatchObject({ email: alice.email });
      expect(Object.keys(res.body as object).sort(), 'the fields in the body (the hash must never leave the server)').toEqual(['email', 'id']);
      const short = await request.post('/register').send({ email: 'short@example.com', password: 'abc' });
      expect(short.status, 'the status of POST /register with a 3-character password').toBe(400);
    },
  },
  {
    id: 'stores-bcrypt-hash',
    title: 'The database holds a bcrypt hash of the password, not the password',
    concepts: ['auth.password-hashing'],
    async run({ sql, expect, fail }) {
      const { rows } = await sql('SELECT password_hash FROM users WHERE email = $1', [alice.email]);
      if (rows.length === 0) fail(`no user ${alice.email} in the users table after POST /register`);
      const stored = String(rows[0]!.password_hash ?? '');
      if (stored === alice.password) fail('the users table holds the password itself: anyone who reads the table (a backup, a leaked dump) can log in as this user. Store bcrypt.hash(password, 4) instead.');
      expect(stored.startsWith('$2'), 'whether the stored value looks like a bcrypt hash ($2b$...)').toBe(true);
      expect(await bcrypt.compare(alice.password, stored), 'whether the stored hash matches the password').toBe(true);
    },
  },
  {
    id: 'salted-hashes',
    title: 'Two users with the same password get different hashes',
    concepts: ['auth.password-hashing'],
    timeoutMs: 3000,
    async run({ request, sql, expect, fail }) {
      const res = await request.post('/register').send(bob);
      expect(res.status, 'the status of POST /register for a second user').toBe(201);
      const { rows } = await sql('SELECT email, password_hash FROM users WHERE email IN ($1, $2)', [alice.email, bob.email]);
      expect(rows.length, 'users found for alice and bob').toBe(2);
      if (rows[0]!.password_hash === rows[1]!.password_hash) {
        fail('alice and bob have the same password and got exactly the same hash: without a fresh random salt per hash, an attacker cracks every user with a common password at once. Let bcrypt.hash make a new salt each time.');
      }
    },
  },
  {
    id: 'login-ok',
    title: 'POST /login with the right password answers 200 { id, email }',
    concepts: ['auth.password-hashing'],
    timeoutMs: 3000,
    async run({ request, expect }) {
      const res = await request.post('/login').send(alice);
      expect(res.status, 'the status of POST /login with the right password').toBe(200);
      expect(res.body, 'the body').toEqual({ id: 1, email: alice.email });
    },
  },
  {
    id: 'wrong-password-401',
    title: 'POST /login with a wrong password answers 401',
    concepts: ['auth.password-hashing'],
    timeoutMs: 3000,
    async run({ request, expect }) {
      const res = await request.post('/login').send({ email: alice.email, password: 'Tr0ub4dor&3' });
      expect(res.status, 'the status of POST /login with a wrong password').toBe(401);
      expect(res.body, 'the body').toEqual({ error: 'invalid email or password' });
    },
  },
  {
    id: 'same-error-for-unknown-email',
    title: 'An unknown email gets exactly the same 401 as a wrong password',
    concepts: ['auth.password-hashing'],
    timeoutMs: 3000,
    async run({ request, expect }) {
      const res = await request.post('/login').send({ email: 'mallory@example.com', password: 'whatever123' });
      expect(res.status, 'the status of POST /login with an email nobody registered').toBe(401);
      expect(res.body, 'the body (it must not reveal whether the email has an account)').toEqual({ error: 'invalid email or password' });
    },
  },
]);
