// res.locals per request, app.locals shared, req.app and sub-app settings.
import express from 'express';

const app = express();
app.locals.siteName = 'Stepwise';
app.locals.hits = 0;
app.set('title', 'Main app');

app.use((req, res, next) => {
  req.app.locals.hits = (req.app.locals.hits as number) + 1;
  res.locals.requestNo = req.app.locals.hits;
  res.locals.startedFor = req.path;
  next();
});
app.get('/locals', (_req, res) => { res.json({ locals: res.locals, site: res.app.locals.siteName }); });

const admin = express();
admin.set('title', 'Admin');
admin.get('/', (req, res) => { res.json({ title: req.app.get('title'), parent: (admin as unknown as { parent?: express.Application }).parent?.get('title') ?? null, mountpath: admin.mountpath, baseUrl: req.baseUrl }); });
app.use('/admin', admin);

export default app;
