import express from 'express';

const app = express();
app.use(express.json());

const signups: Array<{ id: number; name: string; email: string; age?: number }> = [];

app.post('/api/signups', (req, res) => {
  const { name, email, age } = req.body;
  // TODO: validate every field and answer 400 with the error shape from the prompt
  const signup = { id: signups.length + 1, name, email, ...(age !== undefined ? { age } : {}) };
  signups.push(signup);
  res.status(201).json(signup);
});

export default app;
