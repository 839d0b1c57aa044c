import express from 'express';
import jwt from 'jsonwebtoken';

const JWT_SECRET = 'stepwise-dev-secret';
const app = express();

app.get('/api/profile', (req, res) => {
  // TODO: only for authenticated users
  res.json({});
});

export default app;
