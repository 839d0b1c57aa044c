// WHATWG URL / URLSearchParams in handlers, as learners use them: the request's full URL
// from req.protocol and Host, query parameters, pagination links, validating a URL a
// client sent (400 with the error's message and code), and serializing parameters.
import express from 'express';

const app = express();
app.use(express.json());

app.get('/self', (req, res) => {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host')}`);
  res.json({
    href: url.href, origin: url.origin, host: url.host, port: url.port, pathname: url.pathname, search: url.search,
    tags: url.searchParams.getAll('tag'), page: Number(url.searchParams.get('page') ?? 1), has: url.searchParams.has('q'),
    entries: [...url.searchParams], object: Object.fromEntries(url.searchParams), size: url.searchParams.size,
  });
});

app.get('/items', (req, res) => {
  const page = Number(req.query.page ?? 1);
  const next = new URL('/items', 'http://localhost:3000');
  next.searchParams.set('page', String(page + 1));
  next.searchParams.set('q', String(req.query.q ?? ''));
  res.links({ next: next.href }).json({ page, next: next.toString() });
});

app.post('/validate', (req, res) => {
  try {
    const url = new URL(req.body.url, req.body.base);
    res.json({ ok: true, href: url.href, protocol: url.protocol, hostname: url.hostname, hash: url.hash, username: url.username });
  } catch (e) {
    const err = e as Error & { code?: string; input?: string; base?: string };
    res.status(400).json({ name: err.name, message: err.message, code: err.code, input: err.input, base: err.base, isTypeError: e instanceof TypeError });
  }
});

app.get('/parse-cases', (_req, res) => {
  const inputs: Array<[string, string?]> = [
    ['HTTP://Example.COM:80/a/../b/./c?x=1#top'], ['https://example.com:443/'], ['http://localhost:3000/api?q=a b&r=ü'],
    ['../up?k', 'http://x.test/a/b/c'], ['//other.test/p', 'https://x.test/'], ['?only=query', 'http://x.test/path'],
    ['http://user:p%40ss@host.test/'], ['http://127.1/'], ['http://[::1]:8080/'], ['http://0x7f.0.0.1/'],
    ['mailto:someone@example.com'], ['file:///tmp/a b.txt'], ['http://a.test/%7Efoo/ä?ö=ü#ß'], ['http://xn--bcher-kva.de/'],
    ['http://a.test/\\back\\slash'], ['  http://trim.test/  '], ['http://a b/'], ['http://a.test:99999/'], ['/relative'],
  ];
  res.json(inputs.map(([input, base]) => {
    const parsed = URL.parse(input, base);
    return { input, canParse: URL.canParse(input, base), href: parsed?.href ?? null, host: parsed?.host ?? null };
  }));
});

app.get('/search-params', (_req, res) => {
  const p = new URLSearchParams({ q: 'tea & coffee', lang: 'en' });
  p.append('tag', 'a+b');
  p.append('tag', 'ü é');
  const fromPairs = new URLSearchParams([['x', '1'], ['y', '2'], ['x', '3']]);
  fromPairs.delete('y');
  const parsed = new URLSearchParams('?a=1&b=%zz&c=%C3%A9&d=+plus+&e&=empty');
  const sorted = new URLSearchParams('z=1&a=2&m=3&a=1');
  sorted.sort();
  res.json({
    built: p.toString(), tags: p.getAll('tag'), fromPairs: fromPairs.toString(),
    parsed: [...parsed.entries()], sorted: sorted.toString(), keys: [...sorted.keys()],
    missing: p.get('nope'), json: JSON.stringify({ u: new URL('http://j.test/x?y=1') }),
  });
});

export default app;
