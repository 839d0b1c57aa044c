// The roadmap drawn as a graph: dagre lays it out, SVG draws it. Every topic is a link
// (Tab moves between them, Enter opens), coloured by mastery and labelled in words.
import { Graph, layout } from '@dagrejs/dagre';
import { useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { masteryColour, masteryIcon, masteryLabel, percent, topicLevelLabel } from './mastery.ts';
import type { TopicRow } from './roadmapModel.ts';

const NODE_W = 204;
const NODE_H = 66;
const PAD = 12;

interface Placed {
  row: TopicRow;
  x: number;
  y: number;
}

function layoutGraph(rows: TopicRow[]) {
  const g = new Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 46, marginx: PAD, marginy: PAD });
  g.setDefaultEdgeLabel(() => ({}));
  const prerequisites = new Map(rows.map((r) => [r.topic.id, r.topic.prerequisites]));
  const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
    for (const p of prerequisites.get(id) ?? []) {
      if (!seen.has(p)) {
        seen.add(p);
        ancestors(p, seen);
      }
    }
    return seen;
  };
  for (const row of rows) g.setNode(row.topic.id, { width: NODE_W, height: NODE_H });
  for (const row of rows) {
    const direct = row.topic.prerequisites.filter((p) => prerequisites.has(p));
    // Draw only the edges not implied by another prerequisite (express needs async-js through
    // node-runtime), which keeps the map readable; the list names every prerequisite.
    for (const pre of direct) if (!direct.some((other) => other !== pre && ancestors(other).has(pre))) g.setEdge(pre, row.topic.id);
  }
  layout(g);
  const nodes: Placed[] = rows.map((row) => {
    const n = g.node(row.topic.id) as { x: number; y: number };
    return { row, x: n.x, y: n.y };
  });
  const edges = (g.edges() as { v: string; w: string }[]).map((e) => ({
    id: `${e.v}->${e.w}`,
    points: ((g.edge(e) as { points?: { x: number; y: number }[] }).points ?? []),
  }));
  const label = g.graph() as { width?: number; height?: number };
  return { nodes, edges, width: Math.ceil(label.width ?? 600), height: Math.ceil(label.height ?? 400) };
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export default function RoadmapGraph({ rows }: { rows: TopicRow[] }) {
  const navigate = useNavigate();
  const { nodes, edges, width, height } = useMemo(() => layoutGraph(rows), [rows]);

  const open = (id: string) => (event: MouseEvent | KeyboardEvent) => {
    if ('key' in event && event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    navigate(`/topics/${id}`);
  };

  return (
    <div className="graph-scroll" role="region" aria-label="Roadmap graph (scrolls)" tabIndex={0}>
      <svg className="roadmap-graph" viewBox={`0 0 ${width} ${height}`} style={{ minWidth: Math.round(width * 0.72) }} role="group" aria-label="Topics and their prerequisites">
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#5b6472" />
          </marker>
        </defs>
        <g aria-hidden="true">
          {edges.map((e) => (
            <polyline key={e.id} className="edge" points={e.points.map((p) => `${p.x},${p.y}`).join(' ')} markerEnd="url(#arrow)" />
          ))}
        </g>
        {nodes.map(({ row, x, y }) => {
          const { topic, mastery, mean, goal } = row;
          const colour = masteryColour[mastery];
          const name = `${topic.title}: ${topicLevelLabel[topic.level]} topic, mastery ${masteryLabel[mastery]} (${percent(mean)})${goal ? ', your goal' : ''}`;
          return (
            <a key={topic.id} className="graph-node" href={`/topics/${topic.id}`} aria-label={name} onClick={open(topic.id)} onKeyDown={open(topic.id)}
              data-mastery={mastery} data-level={topic.level}>
              <title>{name}</title>
              <rect x={x - NODE_W / 2} y={y - NODE_H / 2} width={NODE_W} height={NODE_H} rx={8} fill={colour.fill} stroke={colour.stroke}
                strokeWidth={goal ? 3.5 : 1.75} strokeDasharray={topic.level === 'advanced' ? '6 4' : undefined} />
              <text x={x} y={y - 12} textAnchor="middle" className="node-title">{clip(topic.title, 27)}</text>
              <text x={x} y={y + 6} textAnchor="middle" className="node-meta">
                {masteryIcon[mastery]} {masteryLabel[mastery]} · {percent(mean)}
              </text>
              <text x={x} y={y + 23} textAnchor="middle" className="node-level">
                {topicLevelLabel[topic.level]}{goal ? ' · ★ Goal' : ''}
              </text>
            </a>
          );
        })}
      </svg>
    </div>
  );
}
