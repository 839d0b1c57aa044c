CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  username TEXT NOT NULL UNIQUE
);
CREATE TABLE posts (
  id SERIAL PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT ''
);
CREATE TABLE tags (
  name TEXT PRIMARY KEY
);
CREATE TABLE post_tags (
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  tag TEXT NOT NULL REFERENCES tags(name),
  PRIMARY KEY (post_id, tag)
);
INSERT INTO users (username) VALUES ('ada'), ('linus'), ('margaret');
INSERT INTO tags (name) VALUES ('node'), ('sql'), ('testing'), ('security');
INSERT INTO posts (user_id, title, body) VALUES
  (1, 'Streams in practice', 'Pipe, do not buffer.'),
  (2, 'Indexes explained', 'A sorted copy of a column.'),
  (1, 'Transactions by example', 'All or nothing.'),
  (2, 'Mocking the database', 'Or better, do not.');
INSERT INTO post_tags (post_id, tag) VALUES
  (1, 'node'),
  (2, 'sql'),
  (3, 'sql'), (3, 'node'),
  (4, 'testing'), (4, 'sql');
