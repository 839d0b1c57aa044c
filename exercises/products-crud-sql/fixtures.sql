CREATE TABLE products (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  price_cents INTEGER NOT NULL CHECK (price_cents >= 0)
);
INSERT INTO products (name, category, price_cents) VALUES
  ('Green tea', 'tea', 450),
  ('Espresso beans', 'coffee', 1299),
  ('Earl Grey', 'tea', 525);
