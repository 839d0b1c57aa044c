CREATE TABLE products (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  category text NOT NULL,
  price numeric(10, 2) NOT NULL
);
INSERT INTO products (name, category, price) VALUES
  ('Kettle', 'kitchen', 24.99),
  ('Toaster', 'kitchen', 31.50),
  ('Desk lamp', 'office', 18.00);
