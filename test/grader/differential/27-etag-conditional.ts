// ETags (SHA-1 based in the etag package) and conditional GETs: a matching
// If-None-Match gets 304; strong ETags and ETags turned off on sub-apps.
import express from 'express';

const app = express();
app.get('/doc', (_req, res) => { res.json({ version: 3, text: 'stable content' }); });
app.get('/text', (_req, res) => { res.send('hello etag'); });
app.get('/cached', (_req, res) => { res.set('Cache-Control', 'public, max-age=60').set('Last-Modified', 'Wed, 21 Oct 2015 07:28:00 GMT').send('cached body'); });
app.post('/doc', (_req, res) => { res.json({ version: 3, text: 'stable content' }); });

const strong = express();
strong.set('etag', 'strong');
strong.get('/', (_req, res) => { res.send('strong body'); });
app.use('/strong', strong);

const none = express();
none.set('etag', false);
none.get('/', (_req, res) => { res.send('no etag'); });
app.use('/none', none);

export default app;
