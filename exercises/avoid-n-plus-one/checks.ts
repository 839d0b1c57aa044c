import { defineChecks } from '../../server/grader/checks.ts';

type Team = { id: number; name: string; members: Array<{ id: number; name: string }> };
const team = (body: unknown, name: string) => (Array.isArray(body) ? (body as Team[]).find((t) => t.name === name) : undefined);

export default defineChecks([
  {
    id: 'teams-with-members',
    title: 'GET /teams nests each team\'s members, ordered by name',
    concepts: ['sql.joins', 'sql.relationships'],
    async run({ request, expect }) {
      const res = await request.get('/teams');
      expect(res.status, 'the status of GET /teams').toBe(200);
      expect(team(res.body, 'Platform'), 'the Platform team').toEqual({
        id: 1, name: 'Platform', members: [{ id: 4, name: 'Amara' }, { id: 1, name: 'Priya' }, { id: 2, name: 'Tomas' }],
      });
      expect(team(res.body, 'Mobile'), 'the Mobile team').toEqual({ id: 2, name: 'Mobile', members: [{ id: 3, name: 'Chen' }, { id: 5, name: 'Lena' }] });
      const names = Array.isArray(res.body) ? (res.body as Team[]).map((t) => t.name).filter((n) => n !== 'Research') : res.body;
      expect(names, 'the team names, in order').toEqual(['Mobile', 'Platform']);
    },
  },
  {
    id: 'empty-team-has-empty-list',
    title: 'A team without members is listed with members: []',
    concepts: ['sql.joins'],
    async run({ request, expect }) {
      const res = await request.get('/teams');
      expect(team(res.body, 'Research'), 'the Research team (it has no members)').toEqual({ id: 3, name: 'Research', members: [] });
    },
  },
  {
    id: 'one-team-or-404',
    title: 'GET /teams/:id answers one team (even an empty one), or 404',
    concepts: ['sql.joins', 'rest-design.status-codes'],
    async run({ request, expect }) {
      const mobile = await request.get('/teams/2');
      expect(mobile.body, 'GET /teams/2').toEqual({ id: 2, name: 'Mobile', members: [{ id: 3, name: 'Chen' }, { id: 5, name: 'Lena' }] });
      const research = await request.get('/teams/3');
      expect(research.status, 'the status of GET /teams/3 (a team without members)').toBe(200);
      expect(research.body, 'GET /teams/3').toEqual({ id: 3, name: 'Research', members: [] });
      const missing = await request.get('/teams/99');
      expect(missing.status, 'the status of GET /teams/99').toBe(404);
    },
  },
  {
    id: 'teams-fixed-queries',
    title: 'GET /teams sends the same number of queries however many teams exist',
    concepts: ['node-databases.n-plus-one'],
    async run({ request, expect, queries, sql }) {
      const before = queries().length;
      await request.get('/teams');
      const few = queries().length - before;
      await sql("INSERT INTO teams (name) SELECT 'Squad ' || n FROM generate_series(1, 6) AS n", []);
      await sql("INSERT INTO members (name, team_id) SELECT 'Extra ' || t.id, t.id FROM teams t WHERE t.name LIKE 'Squad %'", []);
      const mid = queries().length;
      const res = await request.get('/teams');
      const many = queries().length - mid;
      expect(many, `queries for 9 teams (it was ${few} for 3 teams): a query per team is the N+1 problem`).toBe(few);
      expect(few, 'queries for one GET /teams').toBeLessThanOrEqual(2);
    },
  },
  {
    id: 'tasks-with-people',
    title: 'GET /tasks names each assignee and team, with null for an unassigned task',
    concepts: ['sql.joins'],
    async run({ request, expect }) {
      const res = await request.get('/tasks');
      expect(res.status, 'the status of GET /tasks').toBe(200);
      expect(res.body, 'the body of GET /tasks').toEqual([
        { id: 1, title: 'Upgrade Node to 24', assignee: 'Priya', team: 'Platform' },
        { id: 2, title: 'Fix login crash on Android', assignee: 'Chen', team: 'Mobile' },
        { id: 3, title: 'Write the on-call runbook', assignee: null, team: null },
        { id: 4, title: 'Add dark mode', assignee: 'Lena', team: 'Mobile' },
        { id: 5, title: 'Rotate database credentials', assignee: 'Tomas', team: 'Platform' },
      ]);
    },
  },
  {
    id: 'tasks-fixed-queries',
    title: 'GET /tasks sends the same number of queries however many tasks exist',
    concepts: ['node-databases.n-plus-one', 'sql.joins'],
    async run({ request, expect, queries, sql }) {
      const before = queries().length;
      await request.get('/tasks');
      const few = queries().length - before;
      await sql("INSERT INTO tasks (title, assignee_id) SELECT 'Chore ' || n, 1 + n % 5 FROM generate_series(1, 8) AS n", []);
      const mid = queries().length;
      await request.get('/tasks');
      const many = queries().length - mid;
      expect(many, `queries for 13 tasks (it was ${few} for 5 tasks): a query per task is the N+1 problem`).toBe(few);
      expect(few, 'queries for one GET /tasks').toBeLessThanOrEqual(2);
    },
  },
]);
