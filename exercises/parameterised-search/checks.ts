import { defineChecks } from '../../server/grader/checks.ts';
import type { CheckContext } from '../../server/grader/checks.ts';

type Book = { id: number; title: string; author: string };
const titles = (body: unknown) => (Array.isArray(body) ? (body as Book[]).map((b) => b.title) : body);

async function search(ctx: CheckContext, q: string) {
  const res = await ctx.request.get('/search').query({ q });
  if (res.status >= 500) {
    ctx.fail(`searching for ${JSON.stringify(q)} crashed the server (status ${res.status}): did the text end up inside the SQL string, where its quote breaks the query?`);
  }
  return res;
}

export default defineChecks([
  {
    id: 'finds-by-title',
    title: 'Searching "night" finds published titles containing it, in any case',
    concepts: ['sql.crud'],
    async run(ctx) {
      const res = await search(ctx, 'night');
      ctx.expect(res.status, 'the status of GET /search?q=night').toBe(200);
      ctx.expect(res.body, 'the body for ?q=night').toEqual([
        { id: 1, title: 'Night Watch', author: 'Terry Pratchett' },
        { id: 2, title: 'Tender Is the Night', author: 'F. Scott Fitzgerald' },
      ]);
      const missing = await ctx.request.get('/search');
      ctx.expect(missing.status, 'the status of GET /search without q').toBe(400);
      ctx.expect(missing.body, 'the body of GET /search without q').toEqual({ error: 'q is required' });
    },
  },
  {
    id: 'finds-by-author',
    title: 'Searching "butler" finds books by their author too',
    concepts: ['sql.crud'],
    async run(ctx) {
      const res = await search(ctx, 'butler');
      ctx.expect(titles(res.body), 'the titles for ?q=butler').toEqual(['Kindred', 'Parable of the Sower']);
    },
  },
  {
    id: 'hides-unpublished',
    title: 'Unpublished books never appear, even when their author matches',
    concepts: ['sql.crud'],
    async run(ctx) {
      const res = await search(ctx, 'Le Guin');
      ctx.expect(titles(res.body), 'the titles for ?q=Le Guin (the draft is unpublished)').toEqual(['The Lathe of Heaven', 'The Left Hand of Darkness']);
    },
  },
  {
    id: 'quote-in-search',
    title: "Searching O'Brien works: a quote is just a character",
    concepts: ['node-databases.parameterised-queries'],
    async run(ctx) {
      const res = await search(ctx, "O'Brien");
      ctx.expect(res.status, "the status for ?q=O'Brien").toBe(200);
      ctx.expect(titles(res.body), "the titles for ?q=O'Brien").toEqual(['The Third Policeman']);
    },
  },
  {
    id: 'or-injection-refused',
    title: "The search text ') OR true -- finds nothing instead of every book",
    concepts: ['node-databases.parameterised-queries'],
    async run(ctx) {
      const q = "zzz') OR true --";
      const res = await search(ctx, q);
      const found = titles(res.body);
      if (Array.isArray(found) && found.length > 0) {
        ctx.fail(`the search ${JSON.stringify(q)} answered ${found.length} books (${found.slice(0, 3).join(', ')}, …), yet no book contains that text: the visitor's text was run as SQL. Pass it as a parameter instead.`);
      }
      ctx.expect(found, `the titles for ?q=${q}`).toEqual([]);
    },
  },
  {
    id: 'union-injection-refused',
    title: 'A crafted search cannot read the api_keys table',
    concepts: ['node-databases.parameterised-queries'],
    async run(ctx) {
      const q = "zzz') UNION SELECT id, owner, secret FROM api_keys --";
      const res = await search(ctx, q);
      if (JSON.stringify(res.body ?? '').includes('sk_live_')) {
        ctx.fail(`the search ${JSON.stringify(q)} answered the secret API keys from another table: with the text pasted into the SQL, a visitor can read anything your database user can. Pass it as a parameter instead.`);
      }
      ctx.expect(res.body, `the body for ?q=${q}`).toEqual([]);
    },
  },
]);
