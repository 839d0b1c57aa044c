import express from 'express';
import { db } from 'db';

type Member = { id: number; name: string };
type Team = { id: number; name: string; members: Member[] };
type Row = { id: number; name: string; member_id: number | null; member_name: string | null };

const TEAMS_WITH_MEMBERS = `
  SELECT teams.id, teams.name, members.id AS member_id, members.name AS member_name
  FROM teams
  LEFT JOIN members ON members.team_id = teams.id`;

/** Turns flat join rows (one per team and member) into nested teams, keeping the row order. */
function group(rows: Row[]): Team[] {
  const teams = new Map<number, Team>();
  for (const row of rows) {
    let team = teams.get(row.id);
    if (!team) {
      team = { id: row.id, name: row.name, members: [] };
      teams.set(row.id, team);
    }
    if (row.member_id !== null) team.members.push({ id: row.member_id, name: row.member_name! });
  }
  return [...teams.values()];
}

const app = express();

app.get('/teams', async (_req, res) => {
  const teams = await db.query<{ id: number; name: string }>('SELECT id, name FROM teams ORDER BY name');
  const out: Team[] = [];
  for (const team of teams.rows) {
    const members = await db.query<Member>('SELECT id, name FROM members WHERE team_id = $1 ORDER BY name', [team.id]);
    out.push({ id: team.id, name: team.name, members: members.rows });
  }
  res.json(out);
});

app.get('/teams/:id', async (req, res) => {
  const result = await db.query<Row>(`${TEAMS_WITH_MEMBERS} WHERE teams.id = $1 ORDER BY members.name`, [Number(req.params.id)]);
  const [team] = group(result.rows);
  if (!team) return res.status(404).json({ error: 'not found' });
  res.json(team);
});

app.get('/tasks', async (_req, res) => {
  const result = await db.query(`
    SELECT tasks.id, tasks.title, members.name AS assignee, teams.name AS team
    FROM tasks
    LEFT JOIN members ON members.id = tasks.assignee_id
    LEFT JOIN teams ON teams.id = members.team_id
    ORDER BY tasks.id`);
  res.json(result.rows);
});

export default app;
