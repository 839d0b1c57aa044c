CREATE TABLE teams (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE members (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  team_id INTEGER NOT NULL REFERENCES teams(id)
);
CREATE TABLE tasks (
  id SERIAL PRIMARY KEY,
  title TEXT NOT NULL,
  assignee_id INTEGER REFERENCES members(id)
);
INSERT INTO teams (name) VALUES ('Platform'), ('Mobile'), ('Research');
INSERT INTO members (name, team_id) VALUES
  ('Priya', 1), ('Tomas', 1), ('Chen', 2), ('Amara', 1), ('Lena', 2);
INSERT INTO tasks (title, assignee_id) VALUES
  ('Upgrade Node to 24', 1),
  ('Fix login crash on Android', 3),
  ('Write the on-call runbook', NULL),
  ('Add dark mode', 5),
  ('Rotate database credentials', 2);
