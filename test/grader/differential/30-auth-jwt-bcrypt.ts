// An auth exercise's shape: bcrypt against a stored hash, jsonwebtoken with
// deterministic tokens (no iat), a protected route and role checks.
import express, { type NextFunction, type Request, type Response } from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';

const SECRET = 'test-secret';
// bcrypt.hashSync('correct horse', 4), made once: salts are random, so hashes are not compared.
const users = [{ id: 1, email: 'ada@example.com', role: 'admin', hash: '$2b$04$ph8cgiUJC6CBOKgT3Iiu2uxfvpOJaisgdRLROZA9/sMO33SDTV43O' }];

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const { email, password } = req.body ?? {};
  const user = users.find((u) => u.email === email);
  if (!user || !(await bcrypt.compare(String(password), user.hash))) { res.status(401).json({ error: 'invalid credentials' }); return; }
  const token = jwt.sign({ sub: String(user.id), role: user.role }, SECRET, { noTimestamp: true });
  res.json({ token });
});
app.post('/hash-roundtrip', async (req, res) => {
  const hash = await bcrypt.hash(String(req.body.password), 4);
  res.json({ prefix: hash.slice(0, 7), length: hash.length, verifies: bcrypt.compareSync(String(req.body.password), hash), rounds: bcrypt.getRounds(hash) });
});

function requireAuth(req: Request, res: Response, next: NextFunction): void {
  const header = req.get('authorization') ?? '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) { res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'missing token' }); return; }
  try {
    res.locals.claims = jwt.verify(token, SECRET);
    next();
  } catch (e) {
    res.status(401).json({ error: (e as Error).name, message: (e as Error).message });
  }
}
app.get('/me', requireAuth, (_req, res) => { res.json({ claims: res.locals.claims }); });
app.get('/admin', requireAuth, (_req, res) => {
  const claims = res.locals.claims as { role?: string };
  if (claims.role !== 'admin') { res.status(403).json({ error: 'forbidden' }); return; }
  res.json({ welcome: 'admin' });
});
app.get('/decode', (req, res) => { res.json(jwt.decode(String(req.query.t), { complete: true })); });

export default app;
