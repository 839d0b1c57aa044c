// Joins the roadmap with the learner's progress: one row per topic in roadmap order.
import type { MasteryLevel, ProgressResponse, RoadmapResponse, RoadmapTopic } from './types.ts';

export interface TopicRow {
  topic: RoadmapTopic;
  mastery: MasteryLevel;
  /** Mean concept mastery, 0..1. */
  mean: number;
  goal: boolean;
}

export function topicRows(roadmap: RoadmapResponse, progress?: ProgressResponse): TopicRow[] {
  const byId = new Map(roadmap.topics.map((t) => [t.id, t]));
  const levels = new Map(progress?.topics.map((t) => [t.topicId, t]) ?? []);
  const order = [...roadmap.roadmap.core, ...roadmap.roadmap.advanced];
  for (const t of roadmap.topics) if (!order.includes(t.id)) order.push(t.id);
  return order
    .map((id) => byId.get(id))
    .filter((t) => t !== undefined)
    .map((topic) => {
      const p = levels.get(topic.id);
      return { topic, mastery: p?.level ?? 'not-started', mean: p?.mean ?? 0, goal: progress?.goal === topic.id };
    });
}
