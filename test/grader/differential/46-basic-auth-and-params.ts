// Everyday string work on requests: HTTP Basic auth decoded with Buffer / atob, route
// params with percent escapes (Express 5 answers 400 to a malformed one), and
// hand-made tokens with base64url, hex and TextEncoder.
import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();

function basicAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.get('authorization') ?? '';
  const [scheme, encoded] = header.split(' ');
  if (scheme !== 'Basic' || !encoded) {
    res.set('WWW-Authenticate', 'Basic realm="shop"').status(401).json({ error: 'auth required' });
    return;
  }
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  res.locals.user = { name: decoded.slice(0, i), password: decoded.slice(i + 1), viaAtob: atob(encoded) };
  next();
}

app.get('/me', basicAuth, (_req, res) => { res.json(res.locals.user); });
app.get('/users/:name', (req, res) => { res.json({ name: req.params.name, length: req.params.name.length }); });
app.get('/files/*path', (req, res) => { res.json({ path: req.params.path }); });
app.get('/token/:id', (req, res) => {
  const payload = JSON.stringify({ id: req.params.id, scope: 'read?write>' });
  const token = Buffer.from(payload).toString('base64url');
  res.json({
    token, back: JSON.parse(Buffer.from(token, 'base64url').toString()), hex: Buffer.from(req.params.id).toString('hex'),
    bytes: new TextEncoder().encode(req.params.id).length, std: Buffer.from(payload).toString('base64'),
    invalidUtf8: Buffer.from([0x61, 0xe0, 0xa4, 0x62, 0xff, 0xf0, 0x9f, 0x98]).toString(),
    decoder: new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])),
  });
});
app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err.status ?? 500).json({ name: err.name, message: err.message, status: err.status });
});

export default app;
