import express from 'express';

const app = express();
app.use(express.json());

app.get('/', () => {
  return 'Welcome to Stepwise';
});

app.get('/hello', () => {
  return { message: 'Hello, world!' };
});

app.post('/echo', (req, res) => {
  res.json(req.body);
});

export default app;
