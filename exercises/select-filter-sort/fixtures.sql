CREATE TABLE movies (
  id SERIAL PRIMARY KEY,
  title TEXT NOT NULL,
  genre TEXT NOT NULL,
  year INTEGER NOT NULL
);
INSERT INTO movies (title, genre, year) VALUES
  ('Spirited Away', 'animation', 2001),
  ('Parasite', 'drama', 2019),
  ('Moonlight', 'drama', 2016),
  ('Arrival', 'science fiction', 2016),
  ('Coco', 'animation', 2017),
  ('In the Mood for Love', 'drama', 2000),
  ('Her', 'science fiction', 2013),
  ('Whiplash', 'drama', 2014);
