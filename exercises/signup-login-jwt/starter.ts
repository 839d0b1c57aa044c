import express from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { db } from 'db';

const JWT_SECRET = 'stepwise-dev-secret';
const app = express();
app.use(express.json());

app.post('/signup', async (req, res) => {
  // TODO: hash the password and store the user
  res.status(501).end();
});

export default app;
