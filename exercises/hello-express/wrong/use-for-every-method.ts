import express from 'express';

const app = express();
app.use(express.json());

app.get('/', (_req, res) => {
  res.send('Welcome to Stepwise');
});

app.use('/hello', (_req, res) => {
  res.json({ message: 'Hello, world!' });
});

app.post('/echo', (req, res) => {
  res.json(req.body);
});

export default app;
