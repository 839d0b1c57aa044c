import express from 'express';

const app = express();

app.get('/', (_req, res) => {
  res.send('Welcome to Stepwise');
});

// TODO: GET /hello and POST /echo

export default app;
