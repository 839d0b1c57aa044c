CREATE TABLE customers (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT NOT NULL
);
CREATE TABLE orders (
  id SERIAL PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  total_cents INTEGER NOT NULL CHECK (total_cents > 0),
  status TEXT NOT NULL CHECK (status IN ('paid', 'refunded'))
);
INSERT INTO customers (name, country) VALUES
  ('Ada Lovelace', 'UK'),
  ('Grace Hopper', 'US'),
  ('Alan Turing', 'UK'),
  ('Katherine Johnson', 'US'),
  ('Edsger Dijkstra', 'NL'),
  ('Barbara Liskov', 'US');
INSERT INTO orders (customer_id, total_cents, status) VALUES
  (1, 2500, 'paid'),
  (2, 7000, 'paid'),
  (1, 1000, 'paid'),
  (4, 900, 'paid'),
  (3, 1200, 'paid'),
  (1, 3000, 'refunded'),
  (4, 2100, 'paid'),
  (6, 5000, 'refunded'),
  (2, 1500, 'paid'),
  (4, 600, 'paid'),
  (1, 500, 'paid'),
  (4, 400, 'paid');
