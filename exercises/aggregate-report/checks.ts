import { defineChecks } from '../../server/grader/checks.ts';

type CustomerRow = { id: number; name: string; orders: unknown; spentCents: unknown };
const byName = (body: unknown, name: string) => (Array.isArray(body) ? (body as CustomerRow[]).find((c) => c.name === name) : undefined);
// Strict: COUNT and SUM return bigint, which the driver hands over as a string unless it is converted.
const totals = (row: CustomerRow | undefined) => (row ? { orders: row.orders, spentCents: row.spentCents } : row);

export default defineChecks([
  {
    id: 'customer-totals',
    title: "GET /reports/customers counts each customer's paid orders and adds up their totals, as numbers",
    concepts: ['sql.aggregates', 'sql.joins'],
    async run({ request, expect }) {
      const res = await request.get('/reports/customers');
      expect(res.status, 'the status of GET /reports/customers').toBe(200);
      expect(totals(byName(res.body, 'Ada Lovelace')), 'Ada Lovelace (3 paid orders and 1 refunded; counts and sums must be numbers, not strings)').toEqual({ orders: 3, spentCents: 4000 });
      expect(totals(byName(res.body, 'Grace Hopper')), 'Grace Hopper').toEqual({ orders: 2, spentCents: 8500 });
      expect((res.body as CustomerRow[]).slice(0, 4).map((c) => c.name), 'the first four names (highest spend first, ties by name)')
        .toEqual(['Grace Hopper', 'Ada Lovelace', 'Katherine Johnson', 'Alan Turing']);
    },
  },
  {
    id: 'keeps-customers-without-paid-orders',
    title: 'Customers with no paid order are listed with 0 orders and 0 spent',
    concepts: ['sql.joins', 'sql.aggregates'],
    async run({ request, expect }) {
      const res = await request.get('/reports/customers');
      expect(Array.isArray(res.body) ? res.body.length : res.body, 'the number of customers in the report').toBe(6);
      expect(totals(byName(res.body, 'Edsger Dijkstra')), 'Edsger Dijkstra (no orders at all)').toEqual({ orders: 0, spentCents: 0 });
      expect(totals(byName(res.body, 'Barbara Liskov')), 'Barbara Liskov (only a refunded order)').toEqual({ orders: 0, spentCents: 0 });
    },
  },
  {
    id: 'top-customers-having',
    title: 'GET /reports/top-customers?min=3 keeps only customers with at least 3 paid orders',
    concepts: ['sql.aggregates'],
    async run({ request, expect }) {
      const res = await request.get('/reports/top-customers?min=3');
      expect(res.status, 'the status of GET /reports/top-customers?min=3').toBe(200);
      expect(res.body, 'the body for ?min=3').toEqual([{ name: 'Katherine Johnson', orders: 4 }, { name: 'Ada Lovelace', orders: 3 }]);
      const two = await request.get('/reports/top-customers?min=2');
      expect((two.body as Array<{ name: string }>).map((c) => c.name), 'the names for ?min=2').toEqual(['Katherine Johnson', 'Ada Lovelace', 'Grace Hopper']);
    },
  },
  {
    id: 'top-customers-default-min',
    title: 'Without ?min, top-customers lists everyone with at least one paid order; a bad min answers 400',
    concepts: ['sql.aggregates', 'rest-design.status-codes'],
    async run({ request, expect }) {
      const res = await request.get('/reports/top-customers');
      expect(res.status, 'the status of GET /reports/top-customers').toBe(200);
      expect(res.body, 'the body without ?min').toEqual([
        { name: 'Katherine Johnson', orders: 4 }, { name: 'Ada Lovelace', orders: 3 },
        { name: 'Grace Hopper', orders: 2 }, { name: 'Alan Turing', orders: 1 },
      ]);
      for (const min of ['0', 'lots']) {
        const bad = await request.get('/reports/top-customers').query({ min });
        expect(bad.status, `the status for ?min=${min}`).toBe(400);
      }
    },
  },
  {
    id: 'country-counts-customers-once',
    title: 'GET /reports/countries counts each customer once, however many orders they have',
    concepts: ['sql.aggregates', 'sql.joins'],
    async run({ request, expect }) {
      const res = await request.get('/reports/countries');
      expect(res.status, 'the status of GET /reports/countries').toBe(200);
      expect(res.body, 'the body').toEqual([
        { country: 'NL', customers: 1, paidOrders: 0, revenueCents: 0 },
        { country: 'UK', customers: 2, paidOrders: 4, revenueCents: 5200 },
        { country: 'US', customers: 3, paidOrders: 6, revenueCents: 12500 },
      ]);
    },
  },
]);
