// The url module imported by name, as learners write it in Node: `node:url` and `url`,
// named and default imports, the WHATWG classes and the legacy parse/format helpers.
import express from 'express';
import { URL as NodeURL, URLSearchParams as NodeParams, fileURLToPath, pathToFileURL } from 'node:url';
import url from 'url';

const app = express();

app.get('/links', (req, res) => {
  const base = new NodeURL('https://api.example.com/v1/');
  const next = new NodeURL('items?page=2', base);
  const params = new NodeParams({ q: String(req.query.q ?? ''), sort: 'name' });
  res.json({
    next: next.href, params: params.toString(), same: NodeURL === URL && url.URL === URL,
    file: fileURLToPath('file:///srv/app/data.json'), back: pathToFileURL('/srv/app/a b.txt').href,
  });
});

app.get('/legacy', (req, res) => {
  const parsed = url.parse('http://user@example.com:8080/p/a/t/h?query=string#hash', true);
  res.json({
    host: parsed.host, pathname: parsed.pathname, query: { ...parsed.query }, hash: parsed.hash,
    formatted: url.format({ protocol: 'https', hostname: 'example.com', pathname: '/x', query: { a: '1' } }),
  });
});

export default app;
