CREATE TABLE documents (
  id SERIAL PRIMARY KEY,
  owner_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL
);
INSERT INTO documents (owner_id, title, body) VALUES
  (1, 'Quarterly plan', 'Ship the billing rewrite.'),
  (2, 'Salary review', 'Confidential: numbers for the team.'),
  (1, 'Team offsite ideas', 'Somewhere with trains.'),
  (3, 'Passwords to rotate', 'The staging database, the CI token.');
