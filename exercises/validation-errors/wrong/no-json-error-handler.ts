import express from 'express';

interface Detail { field: string; message: string }
interface Signup { id: number; name: string; email: string; age?: number }

const app = express();
app.use(express.json());

const signups: Signup[] = [];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every problem with the body, not just the first. */
function validate(body: Record<string, unknown>): Detail[] {
  const details: Detail[] = [];
  const { name, email, age } = body;
  if (typeof name !== 'string' || name.trim() === '') details.push({ field: 'name', message: 'is required' });
  if (typeof email !== 'string' || !EMAIL.test(email)) details.push({ field: 'email', message: 'must be a valid email' });
  if (age !== undefined && !(typeof age === 'number' && Number.isInteger(age) && age >= 13 && age <= 120)) {
    details.push({ field: 'age', message: 'must be an integer between 13 and 120' });
  }
  for (const key of Object.keys(body)) {
    if (!['name', 'email', 'age'].includes(key)) details.push({ field: key, message: 'is not allowed' });
  }
  return details;
}

app.post('/api/signups', (req, res) => {
  const body: Record<string, unknown> = req.body ?? {};
  const details = validate(body);
  if (details.length > 0) {
    return res.status(400).json({ error: { code: 'VALIDATION_FAILED', message: 'invalid request body', details } });
  }
  const { name, email, age } = body as { name: string; email: string; age?: number };
  const signup: Signup = { id: signups.length + 1, name, email, ...(age !== undefined ? { age } : {}) };
  signups.push(signup);
  res.status(201).json(signup);
});

export default app;
