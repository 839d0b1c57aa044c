import express from 'express';
import { db } from 'db';

const app = express();

app.get('/teams', async (_req, res) => {
  const teams = await db.query('SELECT id, name FROM teams ORDER BY name');
  // TODO: add each team's members without one query per team
  res.json(teams.rows);
});

export default app;
