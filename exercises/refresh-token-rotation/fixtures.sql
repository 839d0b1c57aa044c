CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL
);
-- Refresh tokens are random ids the server keeps, so each one can be revoked.
CREATE TABLE refresh_tokens (
  token TEXT PRIMARY KEY DEFAULT gen_random_uuid()::text,
  user_id INTEGER NOT NULL REFERENCES users(id),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  revoked_at TIMESTAMPTZ
);
-- Passwords: alice 'correct horse battery', bob 'Tr0ub4dor&3 jump' (bcrypt, cost 4).
INSERT INTO users (email, password_hash) VALUES
  ('alice@example.com', '$2b$04$L/wlkrryWV1atn346wDfj.cXGZ2vfAYzlCiToGyNIbRpecDG3ueVu'),
  ('bob@example.com', '$2b$04$Tb58OvJYWnx7cPW6BEhNU.zkjdNHFieS4EcgYAQ4WkljTW4.e9Euq');
