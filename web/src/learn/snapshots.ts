// Progress snapshots kept on this device: the API reports mastery now, not its history, so
// each progress load stores one snapshot per day. They draw "over time" and the streak.
import type { ProgressResponse } from './types.ts';

export interface Snapshot {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  /** The learner's event count then: it grows with every answer, check and lesson. */
  events: number;
  overall: number;
  topics: Record<string, number>;
}

const KEEP = 120;
const keyFor = (userId: string) => `stepwise.progress.${userId}`;

export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function loadSnapshots(userId: string): Snapshot[] {
  try {
    const raw = localStorage.getItem(keyFor(userId));
    const parsed = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(parsed) ? (parsed as Snapshot[]).filter((s) => typeof s?.day === 'string') : [];
  } catch {
    return [];
  }
}

/** Stores today's snapshot (replacing an earlier one from today) and returns them all. */
export function recordSnapshot(userId: string, progress: ProgressResponse, now = new Date()): Snapshot[] {
  const topics: Record<string, number> = {};
  for (const t of progress.topics) topics[t.topicId] = Math.round(t.mean * 1000) / 1000;
  const means = progress.topics.map((t) => t.mean);
  const overall = means.length ? means.reduce((a, b) => a + b, 0) / means.length : 0;
  const today: Snapshot = { day: dayOf(now), events: progress.events, overall: Math.round(overall * 1000) / 1000, topics };
  const all = [...loadSnapshots(userId).filter((s) => s.day !== today.day), today].sort((a, b) => a.day.localeCompare(b.day)).slice(-KEEP);
  try {
    localStorage.setItem(keyFor(userId), JSON.stringify(all));
  } catch {
    // Storage full or disabled: the chart then shows today only.
  }
  return all;
}

const previousDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return dayOf(new Date(y!, m! - 1, d! - 1));
};

/** Days in a row, ending today or yesterday, on which new activity was seen. */
export function streakOf(snapshots: Snapshot[], now = new Date()): number {
  const active = new Set<string>();
  snapshots.forEach((s, i) => {
    const before = i > 0 ? snapshots[i - 1]!.events : 0;
    if (s.events > before) active.add(s.day);
  });
  let day = dayOf(now);
  if (!active.has(day)) day = previousDay(day);
  let streak = 0;
  while (active.has(day)) {
    streak += 1;
    day = previousDay(day);
  }
  return streak;
}
