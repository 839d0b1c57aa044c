import { defineChecks } from '../../server/grader/checks.ts';

export default defineChecks([
  {
    id: 'lists-products',
    title: 'GET /products lists the products ordered by id',
    concepts: ['sql.crud'],
    async run({ request, expect }) {
      const res = await request.get('/products');
      expect(res.status, 'the status').toBe(200);
      expect((res.body as Array<{ name: string }>).map((p) => p.name), 'the names').toEqual(['Green tea', 'Espresso beans', 'Earl Grey']);
    },
  },
  {
    id: 'filters-by-category',
    title: 'GET /products?category=tea keeps only tea',
    concepts: ['sql.crud', 'node-databases.parameterised-queries'],
    async run({ request, expect }) {
      const res = await request.get('/products?category=tea');
      expect(res.status, 'the status').toBe(200);
      expect((res.body as Array<{ name: string }>).map((p) => p.name), 'the names').toEqual(['Green tea', 'Earl Grey']);
    },
  },
  {
    id: 'filter-is-parameterised',
    title: "A category like ' OR '1'='1 matches nothing instead of everything",
    concepts: ['node-databases.parameterised-queries'],
    async run({ request, expect }) {
      const res = await request.get('/products').query({ category: "' OR '1'='1" });
      expect(res.status, 'the status').toBe(200);
      expect(res.body, 'the body').toEqual([]);
    },
  },
  {
    id: 'gets-one-or-404',
    title: 'GET /products/:id answers the product, or 404',
    concepts: ['sql.crud', 'rest-design.status-codes'],
    async run({ request, expect }) {
      const one = await request.get('/products/2');
      expect(one.body, 'GET /products/2').toMatchObject({ id: 2, name: 'Espresso beans', price_cents: 1299 });
      const missing = await request.get('/products/999');
      expect(missing.status, 'the status of GET /products/999').toBe(404);
    },
  },
  {
    id: 'creates-product',
    title: "POST /products inserts a row (even with a quote in the name) and answers 201",
    concepts: ['sql.crud', 'node-databases.parameterised-queries'],
    async run({ request, expect, sql }) {
      const res = await request.post('/products').send({ name: "Builder's tea", category: 'tea', price_cents: 300 });
      expect(res.status, 'the status').toBe(201);
      expect(res.body, 'the body').toMatchObject({ name: "Builder's tea", category: 'tea', price_cents: 300 });
      const rows = await sql('SELECT name FROM products WHERE name = $1', ["Builder's tea"]);
      expect(rows.rows.length, 'rows in the table with that name').toBe(1);
    },
  },
  {
    id: 'deletes-product',
    title: 'DELETE /products/1 answers 204 and removes the row',
    concepts: ['sql.crud', 'rest-design.status-codes'],
    async run({ request, expect, sql }) {
      const res = await request.delete('/products/1');
      expect(res.status, 'the status').toBe(204);
      const rows = await sql('SELECT id FROM products WHERE id = 1', []);
      expect(rows.rows.length, 'rows left with id 1').toBe(0);
    },
  },
  {
    id: 'delete-missing-404',
    title: 'DELETE of a product that does not exist answers 404',
    concepts: ['rest-design.status-codes'],
    async run({ request, expect }) {
      const res = await request.delete('/products/999');
      expect(res.status, 'the status').toBe(404);
    },
  },
]);
