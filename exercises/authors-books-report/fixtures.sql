CREATE TABLE authors (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE books (
  id SERIAL PRIMARY KEY,
  title TEXT NOT NULL,
  year INTEGER NOT NULL,
  author_id INTEGER NOT NULL REFERENCES authors(id)
);
INSERT INTO authors (name) VALUES ('Ursula K. Le Guin'), ('Octavia E. Butler'), ('Ted Chiang');
INSERT INTO books (title, year, author_id) VALUES
  ('The Dispossessed', 1974, 1),
  ('A Wizard of Earthsea', 1968, 1),
  ('Kindred', 1979, 2),
  ('The Left Hand of Darkness', 1969, 1);
