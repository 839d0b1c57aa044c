import { defineChecks } from '../../server/grader/checks.ts';

const PRODUCTS = [
  { id: 1, name: 'Notebook', price: 5 },
  { id: 2, name: 'Backpack', price: 40 },
  { id: 3, name: 'Pen', price: 2 },
  { id: 4, name: 'Desk lamp', price: 25 },
];

export default defineChecks([
  {
    id: 'gets-product-by-id',
    title: 'GET /products/2 answers the Backpack',
    concepts: ['express.params'],
    async run({ request, expect }) {
      const res = await request.get('/products/2');
      expect(res.status, 'the status of GET /products/2').toBe(200);
      expect(res.body, 'the body of GET /products/2').toEqual(PRODUCTS[1]);
    },
  },
  {
    id: 'unknown-product-404',
    title: 'GET /products/99 answers 404 { error: "product not found" }',
    concepts: ['express.params', 'http.status-codes'],
    async run({ request, expect }) {
      const res = await request.get('/products/99');
      expect(res.status, 'the status of GET /products/99').toBe(404);
      expect(res.body, 'the body of GET /products/99').toEqual({ error: 'product not found' });
    },
  },
  {
    id: 'bad-id-400',
    title: 'GET /products/abc and /products/2abc answer 400',
    concepts: ['validation.input-validation', 'express.params', 'http.status-codes'],
    async run({ request, expect }) {
      for (const id of ['abc', '2abc']) {
        const res = await request.get(`/products/${id}`);
        expect(res.status, `the status of GET /products/${id}`).toBe(400);
        expect(res.body, `the body of GET /products/${id}`).toEqual({ error: 'id must be a positive integer' });
      }
    },
  },
  {
    id: 'lists-all-without-query',
    title: 'GET /products without a query lists every product',
    concepts: ['express.query'],
    async run({ request, expect }) {
      const res = await request.get('/products');
      expect(res.status, 'the status of GET /products').toBe(200);
      expect(res.body, 'the body of GET /products').toEqual(PRODUCTS);
    },
  },
  {
    id: 'filters-by-max-price',
    title: 'GET /products?maxPrice=25 keeps products costing 25 or less',
    concepts: ['express.query'],
    async run({ request, expect }) {
      const res = await request.get('/products?maxPrice=25');
      expect(res.status, 'the status of GET /products?maxPrice=25').toBe(200);
      expect((res.body as Array<{ name: string }>).map?.((p) => p.name), 'the names in the answer').toEqual(['Notebook', 'Pen', 'Desk lamp']);
    },
  },
  {
    id: 'bad-max-price-400',
    title: 'GET /products?maxPrice=cheap answers 400',
    concepts: ['validation.input-validation', 'express.query', 'http.status-codes'],
    async run({ request, expect }) {
      const res = await request.get('/products?maxPrice=cheap');
      expect(res.status, 'the status of GET /products?maxPrice=cheap').toBe(400);
      expect(res.body, 'the body of GET /products?maxPrice=cheap').toEqual({ error: 'maxPrice must be a number' });
    },
  },
]);
