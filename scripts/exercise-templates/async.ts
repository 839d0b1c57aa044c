// The async scaffold: load many things at once with Promise.all. The checks drive a fake
// loader on the grader's virtual clock, so timing checks are exact and instant.
import type { Template } from './index.ts';

const fn = (body: string): string => `export async function loadAll(ids: number[], load: (id: number) => Promise<string>): Promise<string[]> {
${body}
}
`;

export const async: Template = {
  topic: 'async-js',
  concepts: ['async-js.promise-combinators', 'async-js.async-await', 'async-js.error-handling'],
  exports: ['loadAll'],
  prompt: `Export an async function \`loadAll(ids, load)\`. \`load(id)\` returns a promise of one item.
\`loadAll\` resolves to the items in the order of \`ids\`, asks for all of them at once (not one
after another), and rejects as soon as one \`load\` rejects, with that error.
`,
  hints: [
    'Start every load first, then wait for all of them together.',
    'ids.map((id) => load(id)) gives you an array of promises, already running.',
    'Promise.all(promises) keeps the order, waits for all of them and rejects on the first failure.',
  ],
  starter: fn(`  // TODO: load every id, all at the same time
  return [];`),
  solution: fn(`  return Promise.all(ids.map((id) => load(id)));`),
  wrong: [
    {
      file: 'sequential.ts',
      misconception: 'Awaits each load inside a for loop, so the loads run one after another instead of together.',
      fails: ['runs-in-parallel', 'rejects-early'],
      code: fn(`  const items: string[] = [];
  for (const id of ids) items.push(await load(id));
  return items;`),
    },
    {
      file: 'foreach-async.ts',
      misconception: 'Uses forEach with an async callback; forEach does not wait, so the function returns before any item arrives.',
      fails: ['returns-in-order', 'runs-in-parallel', 'rejects-on-failure', 'rejects-early'],
      code: fn(`  const items: string[] = [];
  ids.forEach(async (id) => {
    items.push(await load(id));
  });
  return items;`),
    },
  ],
  checks: `const item = (id: unknown) => \`item-\${String(id)}\`;

export default defineChecks([
  {
    id: 'returns-in-order',
    title: 'Resolves to the items in the order of the ids',
    concepts: ['async-js.async-await', 'async-js.promise-combinators'],
    async run({ call, fake, expect }) {
      // Later ids answer sooner, so collecting results as they arrive gets the order wrong.
      const load = fake('load', (id) => ({ after: 100 - Number(id) * 10, value: item(id) }));
      const r = await call('loadAll', [1, 2, 3], load);
      expect(r.value, 'the result').toEqual([item(1), item(2), item(3)]);
    },
  },
  {
    id: 'runs-in-parallel',
    title: 'Asks for every item at once (5 items take 100 ms, not 500 ms)',
    concepts: ['async-js.promise-combinators'],
    async run({ call, fake, expect }) {
      const load = fake('load', (id) => ({ after: 100, value: item(id) }));
      const r = await call('loadAll', [1, 2, 3, 4, 5], load);
      expect(r.value, 'the result').toHaveLength(5);
      expect(r.elapsedMs, 'the time loadAll took (ms)').toBeLessThanOrEqual(100);
    },
  },
  {
    id: 'rejects-on-failure',
    title: 'Rejects with the error when one item cannot be loaded',
    concepts: ['async-js.error-handling'],
    async run({ call, fake, expect }) {
      const load = fake('load', (id) => (id === 2 ? { after: 50, error: 'item 2 not found' } : { after: 100, value: item(id) }));
      const r = await call('loadAll', [1, 2, 3], load);
      expect(r.ok, 'whether loadAll resolved').toBe(false);
      expect(r.error?.message, 'the rejection message').toBe('item 2 not found');
    },
  },
  {
    id: 'rejects-early',
    title: 'Rejects as soon as one load fails, without waiting for the others',
    concepts: ['async-js.promise-combinators', 'async-js.error-handling'],
    async run({ call, fake, expect }) {
      const load = fake('load', (id) => (id === 1 ? { after: 300, value: item(id) } : { after: 20, error: 'item 2 not found' }));
      const r = await call('loadAll', [1, 2], load);
      expect(r.ok, 'whether loadAll resolved').toBe(false);
      expect(r.elapsedMs, 'the time until loadAll rejected (ms)').toBeLessThanOrEqual(20);
    },
  },
]);
`,
};
