// res.redirect: default 302, explicit codes, relative targets, characters
// that need encoding, and the body Express writes for each Accept header.
import express from 'express';

const app = express();

app.get('/old', (_req, res) => { res.redirect('/new'); });
app.get('/moved', (_req, res) => { res.redirect(301, '/permanent?x=1&y=2'); });
app.post('/form', (_req, res) => { res.redirect(303, '/thanks'); });
app.get('/relative', (_req, res) => { res.redirect('..'); });
app.get('/absolute', (_req, res) => { res.redirect('https://example.com/a b?q=<script>'); });
app.get('/unicode', (_req, res) => { res.redirect('/caf\u00e9/\u2713'); });
app.get('/temp', (_req, res) => { res.redirect(307, '/elsewhere'); });

export default app;
