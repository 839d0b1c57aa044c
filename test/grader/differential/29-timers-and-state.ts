// Timers inside handlers (the sandbox runs them on a virtual clock), state
// kept across requests on one app instance, and an interval the app starts.
import express from 'express';

const app = express();
let counter = 0;
let ticks = 0;
const interval = setInterval(() => { ticks++; }, 60_000);
interval.unref?.();

app.post('/count', (_req, res) => { counter++; res.json({ counter }); });
app.get('/slow', (_req, res) => { setTimeout(() => res.json({ waited: true, counter }), 250); });
app.get('/race', async (_req, res) => {
  const winner = await Promise.race([
    new Promise((resolve) => setTimeout(() => resolve('slow'), 50)),
    new Promise((resolve) => setTimeout(() => resolve('fast'), 10)),
  ]);
  res.json({ winner });
});
app.get('/immediate', (_req, res) => {
  const order: string[] = [];
  setImmediate(() => { order.push('immediate'); res.json({ order, ticksSeen: ticks >= 0 }); });
  queueMicrotask(() => order.push('microtask'));
  order.push('sync');
});

export default app;
