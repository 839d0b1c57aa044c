import { defineChecks } from '../../server/grader/checks.ts';

type Movie = { id: number; title: string; genre: string; year: number };
const titles = (body: unknown) => (Array.isArray(body) ? (body as Movie[]).map((m) => m.title) : body);

export default defineChecks([
  {
    id: 'lists-newest-first',
    title: 'GET /movies lists every movie, newest first, ties by title',
    concepts: ['sql.crud'],
    async run({ request, expect }) {
      const res = await request.get('/movies');
      expect(res.status, 'the status of GET /movies').toBe(200);
      expect((res.body as Movie[])[0], 'the first movie').toEqual({ id: 2, title: 'Parasite', genre: 'drama', year: 2019 });
      expect(titles(res.body), 'the titles, in order').toEqual([
        'Parasite', 'Coco', 'Arrival', 'Moonlight', 'Whiplash', 'Her', 'Spirited Away', 'In the Mood for Love',
      ]);
    },
  },
  {
    id: 'filters-by-genre',
    title: 'GET /movies?genre=drama keeps only dramas, newest first',
    concepts: ['sql.crud', 'node-databases.parameterised-queries'],
    async run({ request, expect }) {
      const res = await request.get('/movies?genre=drama');
      expect(res.status, 'the status').toBe(200);
      expect(titles(res.body), 'the titles for ?genre=drama').toEqual(['Parasite', 'Moonlight', 'Whiplash', 'In the Mood for Love']);
      const scifi = await request.get('/movies').query({ genre: 'science fiction' });
      expect(titles(scifi.body), 'the titles for ?genre=science fiction').toEqual(['Arrival', 'Her']);
    },
  },
  {
    id: 'combines-filters',
    title: 'GET /movies?genre=drama&from=2014 applies both filters (from is inclusive)',
    concepts: ['sql.crud'],
    async run({ request, expect }) {
      const res = await request.get('/movies?genre=drama&from=2014');
      expect(titles(res.body), 'the titles for ?genre=drama&from=2014').toEqual(['Parasite', 'Moonlight', 'Whiplash']);
      const fromOnly = await request.get('/movies?from=2017');
      expect(titles(fromOnly.body), 'the titles for ?from=2017').toEqual(['Parasite', 'Coco']);
    },
  },
  {
    id: 'limits-results',
    title: 'GET /movies?limit=3 answers the three newest movies',
    concepts: ['sql.crud'],
    async run({ request, expect }) {
      const res = await request.get('/movies?limit=3');
      expect(res.status, 'the status').toBe(200);
      expect(titles(res.body), 'the titles for ?limit=3').toEqual(['Parasite', 'Coco', 'Arrival']);
      const combined = await request.get('/movies?genre=animation&limit=1');
      expect(titles(combined.body), 'the titles for ?genre=animation&limit=1').toEqual(['Coco']);
    },
  },
  {
    id: 'genre-is-parameterised',
    title: "A genre like x' OR 'a'='a matches nothing instead of everything",
    concepts: ['node-databases.parameterised-queries'],
    async run({ request, expect, fail }) {
      const res = await request.get('/movies').query({ genre: "x' OR 'a'='a" });
      expect(res.status, "the status for ?genre=x' OR 'a'='a").toBe(200);
      const found = titles(res.body);
      if (Array.isArray(found) && found.length > 0) {
        fail(`?genre=x' OR 'a'='a answered ${found.length} movies, but no genre has that name: the quote closed your SQL string and OR 'a'='a became part of the query. Pass the genre as a parameter ($1) instead.`);
      }
      expect(found, "the movies for ?genre=x' OR 'a'='a").toEqual([]);
    },
  },
  {
    id: 'rejects-bad-limit',
    title: 'A limit that is not a whole number from 1 to 100 answers 400',
    concepts: ['rest-design.status-codes'],
    async run({ request, expect }) {
      for (const limit of ['ten', '0', '1000', '2.5']) {
        const res = await request.get('/movies').query({ limit });
        expect(res.status, `the status for ?limit=${limit}`).toBe(400);
        expect(res.body, `the body for ?limit=${limit}`).toEqual({ error: 'limit must be between 1 and 100' });
      }
    },
  },
]);
