// Charts of the progress page (recharts is loaded only here). The tables next to them carry
// the same numbers as text.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { masteryColour } from './mastery.ts';
import type { Snapshot } from './snapshots.ts';
import type { TopicProgress } from './types.ts';

const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
const pct = (v: unknown) => `${Math.round(Number(v) * 100)}%`;

export function MasteryBars({ topics }: { topics: TopicProgress[] }) {
  const data = topics.map((t) => ({ name: t.title, mean: t.mean, level: t.level }));
  const animate = !reducedMotion();
  return (
    <div className="chart" style={{ height: Math.max(240, data.length * 30 + 40) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 40, top: 8, bottom: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 1]} tickFormatter={pct} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(v) => pct(v)} />
          <Bar dataKey="mean" name="Mean mastery" isAnimationActive={animate}>
            {data.map((d) => <Cell key={d.name} fill={masteryColour[d.level].stroke} />)}
            <LabelList dataKey="mean" position="right" formatter={pct} fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

const LINE_COLOURS = ['#2457d6', '#a0215a', '#116329', '#8a4600', '#5a32a3'];

export function MasteryOverTime({ snapshots, topics }: { snapshots: Snapshot[]; topics: { id: string; title: string }[] }) {
  const data = snapshots.map((s) => ({ day: s.day, overall: s.overall, ...s.topics }));
  const animate = !reducedMotion();
  return (
    <div className="chart" style={{ height: 280 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 1]} tickFormatter={pct} />
          <Tooltip formatter={(v) => pct(v)} />
          <Legend />
          <Line type="monotone" dataKey="overall" name="All topics" stroke="#1b1f24" strokeWidth={3} dot isAnimationActive={animate} />
          {topics.slice(0, LINE_COLOURS.length).map((t, i) => (
            <Line key={t.id} type="monotone" dataKey={t.id} name={t.title} stroke={LINE_COLOURS[i]} strokeDasharray={i % 2 ? '5 3' : undefined} dot isAnimationActive={animate} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
