CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL
);
-- A session is a row on the server; the browser only holds its random id.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY DEFAULT gen_random_uuid()::text,
  user_id INTEGER NOT NULL REFERENCES users(id),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- Passwords: alice 'correct horse battery', bob 'Tr0ub4dor&3 jump' (bcrypt, cost 4).
INSERT INTO users (email, password_hash) VALUES
  ('alice@example.com', '$2b$04$L/wlkrryWV1atn346wDfj.cXGZ2vfAYzlCiToGyNIbRpecDG3ueVu'),
  ('bob@example.com', '$2b$04$Tb58OvJYWnx7cPW6BEhNU.zkjdNHFieS4EcgYAQ4WkljTW4.e9Euq');
