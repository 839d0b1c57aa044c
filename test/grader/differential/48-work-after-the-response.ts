// Work a handler leaves behind once it has answered (an immediate, a promise job) has run by
// the time the next request arrives, as on a real server. (A zero-delay timer usually has
// too, but on the host it races the next request, so it is not compared here.)
import express from 'express';

const app = express();
const done = { immediate: 0, promise: 0, nested: 0 };

app.post('/jobs', (_req, res) => {
  res.status(202).json({ accepted: true });
  setImmediate(() => {
    done.immediate++;
    void Promise.resolve().then(() => { done.nested++; });
  });
  void Promise.resolve().then(() => { done.promise++; });
});

app.get('/jobs', (_req, res) => {
  res.json(done);
});

export default app;
