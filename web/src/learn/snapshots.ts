// One point of the learner's history, as GET /api/progress/history returns it.
export interface Snapshot {
  /** UTC calendar day, YYYY-MM-DD. */
  day: string;
  /** The learner's event count by the end of that day. */
  events: number;
  overall: number;
  topics: Record<string, number>;
}
