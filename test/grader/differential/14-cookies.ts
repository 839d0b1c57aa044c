// res.cookie with options (fixed dates: maxAge depends on the clock),
// JSON cookie values, several cookies at once, clearCookie, and reading the
// Cookie header by hand (cookie-parser is not among the exercise modules).
import express from 'express';

const app = express();

app.post('/login', (_req, res) => {
  res.cookie('session', 'abc 123', { httpOnly: true, sameSite: 'strict', path: '/', secure: true });
  res.cookie('prefs', { theme: 'dark', n: 1 }, { expires: new Date(Date.UTC(2030, 0, 1)) });
  res.cookie('plain', 'v', { domain: 'localhost', sameSite: 'lax', partitioned: true, priority: 'high', secure: true });
  res.json({ ok: true });
});
app.post('/logout', (_req, res) => {
  res.clearCookie('session', { path: '/' });
  res.clearCookie('prefs');
  res.sendStatus(204);
});
app.get('/whoami', (req, res) => {
  const header = req.get('cookie') ?? '';
  const cookies = Object.fromEntries(header.split(/;\s*/).filter(Boolean).map((c) => {
    const i = c.indexOf('=');
    return [c.slice(0, i), decodeURIComponent(c.slice(i + 1))];
  }));
  res.json({ cookies, raw: header });
});
app.get('/append-cookie', (_req, res) => {
  res.append('Set-Cookie', 'a=1; Path=/');
  res.append('Set-Cookie', ['b=2', 'c=3']);
  res.cookie('d', '4');
  res.end();
});

export default app;
