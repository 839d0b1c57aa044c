// Web-platform globals Node gives every module, used in everyday Express code:
// URL / URLSearchParams, TextEncoder / TextDecoder, structuredClone,
// crypto.randomUUID, atob / btoa, AbortController.
import express from 'express';

const app = express();
const probe = (f: () => unknown) => { try { return f(); } catch (e) { return `throws ${(e as Error).name}: ${(e as Error).message}`; } };

app.get('/globals', (_req, res) => {
  res.json({
    URL: probe(() => new URL('/a?b=1', 'http://x.test').searchParams.get('b')),
    URLSearchParams: probe(() => new URLSearchParams('a=1&a=2').getAll('a')),
    TextEncoder: probe(() => Array.from(new TextEncoder().encode('\u00e9'))),
    TextDecoder: probe(() => new TextDecoder().decode(new Uint8Array([0xc3, 0xa9]))),
    structuredClone: probe(() => structuredClone({ a: [1] })),
    randomUUID: probe(() => /^[0-9a-f-]{36}$/.test(crypto.randomUUID())),
    atob: probe(() => atob(btoa('hi'))),
    AbortController: probe(() => new AbortController().signal.aborted),
  });
});
app.post('/todos', express.json(), (req, res) => {
  // The common way to make an id in a todo API.
  res.status(201).json({ idLooksRight: probe(() => crypto.randomUUID().length === 36), ...req.body });
});

export default app;
