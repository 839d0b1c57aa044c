CREATE TABLE books (
  id SERIAL PRIMARY KEY,
  title TEXT NOT NULL,
  author TEXT NOT NULL,
  published BOOLEAN NOT NULL DEFAULT true
);
-- Another table in the same database that the search must never expose.
CREATE TABLE api_keys (
  id SERIAL PRIMARY KEY,
  owner TEXT NOT NULL,
  secret TEXT NOT NULL
);
INSERT INTO books (title, author, published) VALUES
  ('Night Watch', 'Terry Pratchett', true),
  ('Tender Is the Night', 'F. Scott Fitzgerald', true),
  ('Kindred', 'Octavia E. Butler', true),
  ('Parable of the Sower', 'Octavia E. Butler', true),
  ('The Left Hand of Darkness', 'Ursula K. Le Guin', true),
  ('The Lathe of Heaven', 'Ursula K. Le Guin', true),
  ('Untitled Earthsea Draft', 'Ursula K. Le Guin', false),
  ('The Third Policeman', 'Flann O''Brien', true),
  ('Night Shift Notes', 'Anonymous', false);
INSERT INTO api_keys (owner, secret) VALUES
  ('billing', 'sk_live_51H8vQ2eZvKYlo2C'),
  ('search', 'sk_live_77Jp0aXk3LmN9qRt');
