// Curriculum health for instructors: what learners attempt, where they fail, which
// misconceptions their failures match, and which checks or quiz items need attention.
import { useEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, ApiError } from '../api/client.ts';
import { useAuth } from '../auth/AuthContext.tsx';
import { ExerciseCard } from './ExerciseCard.tsx';
import { percent, type Health } from './types.ts';

export function InstructorPage() {
  const { user } = useAuth();
  const [health, setHealth] = useState<Health>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    api<Health>('GET', '/api/instructor/health').then(setHealth, (e: unknown) => setError(e instanceof ApiError ? e.message : 'Could not load curriculum health.'));
  }, []);

  if (user && user.role === 'learner') return <p role="alert">Curriculum health is for instructors and admins.</p>;
  if (error) return <p role="alert">{error}</p>;
  if (!health) return <p role="status">Loading curriculum health…</p>;

  const chartData = health.exercises.filter((e) => e.attempts > 0).map((e) => ({ name: e.id, passRate: Math.round((e.passRate ?? 0) * 100) }));
  return (
    <section aria-labelledby="health-title" className="instructor">
      <h1 id="health-title">Curriculum health</h1>

      <h2>Problems in the curriculum files</h2>
      {health.problems.length === 0 ? (
        <p>The checker found no problems in the files being served.</p>
      ) : (
        <ul className="problems" aria-label="Curriculum problems">
          {health.problems.map((p, i) => (
            <li key={i}>
              <code>{p.file}{p.line ? `:${p.line}` : ''}</code> {p.message} <span className="hint">[{p.rule}]</span>
            </li>
          ))}
        </ul>
      )}

      <h2>Pass rate per exercise</h2>
      {chartData.length === 0 ? (
        <p>No submissions yet.</p>
      ) : (
        <figure>
          <div style={{ width: '100%', height: 260 }} aria-hidden="true">
            <ResponsiveContainer>
              <BarChart data={chartData}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" hide />
                <YAxis unit="%" domain={[0, 100]} />
                <Tooltip />
                <Bar dataKey="passRate" name="Pass rate" fill="#2457d6" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <figcaption>Share of submissions that pass, per exercise with submissions (the table below has the same figures).</figcaption>
        </figure>
      )}

      <h2>Flagged checks</h2>
      {health.flaggedChecks.length === 0 ? (
        <p>No check is flagged yet (a check needs at least 10 results to be judged).</p>
      ) : (
        <ul aria-label="Flagged checks">
          {health.flaggedChecks.map((c) => (
            <li key={`${c.exerciseId}#${c.id}`}>
              <strong>{c.exerciseId}</strong>: {c.title} — {c.flag === 'almost-never-fails' ? 'almost never fails' : 'almost always fails'} ({percent(c.failRate)} of {c.results} results fail)
            </li>
          ))}
        </ul>
      )}

      <h2>Exercises</h2>
      {health.exercises.map((exercise) => <ExerciseCard key={exercise.id} exercise={exercise} />)}

      <h2>Quiz items</h2>
      <table>
        <caption className="visually-hidden">Success rate and choices per quiz item</caption>
        <thead>
          <tr><th scope="col">Item</th><th scope="col">Answers</th><th scope="col">Success</th><th scope="col">Most chosen wrong option</th></tr>
        </thead>
        <tbody>
          {health.quizItems.filter((q) => q.answers > 0).map((q) => {
            const distractor = q.choices.filter((c) => !c.correct).sort((a, b) => b.chosen - a.chosen)[0];
            return (
              <tr key={q.id}>
                <th scope="row">{q.prompt}</th>
                <td>{q.answers}</td>
                <td>{percent(q.successRate)}</td>
                <td>{distractor && distractor.chosen > 0 ? `${distractor.text} (${distractor.chosen})` : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {health.quizItems.every((q) => q.answers === 0) && <p>No quiz answers yet.</p>}
    </section>
  );
}
