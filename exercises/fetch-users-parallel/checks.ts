import { defineChecks } from '../../server/grader/checks.ts';

const user = (id: unknown) => ({ id, name: `user-${String(id)}` });

export default defineChecks([
  {
    id: 'returns-users-in-order',
    title: 'Resolves to the users in the order of the ids',
    concepts: ['async-js.async-await', 'async-js.promise-combinators'],
    async run({ call, fake, expect }) {
      // Later ids answer sooner, so collecting results as they arrive gets the order wrong.
      const getUser = fake('getUser', (id) => ({ after: 100 - Number(id) * 10, value: user(id) }));
      const r = await call('fetchAll', [1, 2, 3], getUser);
      expect(r.error, 'the error').toBeUndefined();
      expect(r.value, 'the result').toEqual([user(1), user(2), user(3)]);
    },
  },
  {
    id: 'runs-in-parallel',
    title: 'Asks for every user at once (5 users take 100 ms, not 500 ms)',
    concepts: ['async-js.promise-combinators', 'async-js.non-blocking'],
    async run({ call, fake, expect }) {
      const getUser = fake('getUser', (id) => ({ after: 100, value: user(id) }));
      const r = await call('fetchAll', [1, 2, 3, 4, 5], getUser);
      expect(r.value, 'the result').toHaveLength(5);
      const first = getUser.calls[0]?.at ?? 0;
      expect(getUser.calls.map((c) => c.at - first), 'when each getUser call started (ms after the first)').toEqual([0, 0, 0, 0, 0]);
      expect(r.elapsedMs, 'the time fetchAll took (ms)').toBeLessThanOrEqual(100);
    },
  },
  {
    id: 'rejects-on-failure',
    title: 'Rejects with the error when one user cannot be fetched',
    concepts: ['async-js.error-handling'],
    async run({ call, fake, expect }) {
      const getUser = fake('getUser', (id) => (id === 2 ? { after: 50, error: 'user 2 not found' } : { after: 100, value: user(id) }));
      const r = await call('fetchAll', [1, 2, 3], getUser);
      expect(r.ok, 'whether fetchAll resolved').toBe(false);
      expect(r.error?.message, 'the rejection message').toBe('user 2 not found');
    },
  },
  {
    id: 'empty-list',
    title: 'Resolves to [] for no ids, without calling getUser',
    concepts: ['async-js.promises'],
    async run({ call, fake, expect }) {
      const getUser = fake('getUser', (id) => ({ after: 10, value: user(id) }));
      const r = await call('fetchAll', [], getUser);
      expect(r.value, 'the result').toEqual([]);
      expect(getUser.calls.length, 'how many times getUser was called').toBe(0);
      expect(r.ok, 'whether fetchAll resolved').toBe(true);
    },
  },
]);
