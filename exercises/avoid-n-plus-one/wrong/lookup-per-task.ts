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
  const result = await db.query<Row>(`${TEAMS_WITH_MEMBERS} ORDER BY teams.name, members.name`);
  res.json(group(result.rows));
});

app.get('/teams/:id', async (req, res) => {
  const result = await db.query<Row>(`${TEAMS_WITH_MEMBERS} WHERE teams.id = $1 ORDER BY members.name`, [Number(req.params.id)]);
  const [team] = group(result.rows);
  if (!team) return res.status(404).json({ error: 'not found' });
  res.json(team);
});

app.get('/tasks', async (_req, res) => {
  const tasks = await db.query('SELECT id, title, assignee_id FROM tasks ORDER BY id');
  const out = [];
  for (const task of tasks.rows) {
    let assignee: string | null = null;
    let team: string | null = null;
    if (task.assignee_id !== null) {
      const member = await db.query('SELECT name, team_id FROM members WHERE id = $1', [task.assignee_id]);
      assignee = member.rows[0]!.name;
      const teamRow = await db.query('SELECT name FROM teams WHERE id = $1', [member.rows[0]!.team_id]);
      team = teamRow.rows[0]!.name;
    }
    out.push({ id: task.id, title: task.title, assignee, team });
  }
  res.json(out);
});

export default app;
