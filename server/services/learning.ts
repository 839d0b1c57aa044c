// The learner's side of the adaptive engine: the event log in the database is the truth,
// the engine's state is its fold, and ConceptMastery rows mirror that state for queries.
// Every event is written in the same transaction as the mastery it changes.
import type { Prisma } from '@prisma/client';
import {
  accumulateCheckStats, applyEvent, conceptProgress, defaultParams, deriveSeed, initialState, mulberry32, nextStep, paramsWithStats, progress,
  type CheckStats, type Goal, type LearnerState, type LearningEvent as EngineEvent, type Model, type NextStep, type Params,
} from '../adaptive/index.ts';
import type { Db } from '../db/client.ts';
import { modelFor } from './adaptive-model.ts';
import type { ContentStore } from './content.ts';

type Tx = Prisma.TransactionClient | Db;
/** A hint-used event with the hint's number, which the engine ignores and the exercise page reads back. */
type HintEvent = Extract<NewEvent, { type: 'hint-used' }> & { hint: number };
/** An event as callers describe it: the time comes from the transaction that records it. */
export type NewEvent = EngineEvent extends infer E ? (E extends { at: number } ? Omit<E, 'at'> : never) : never;

interface Cached {
  seq: number;
  /** Content version and difficulty generation the state was folded with. */
  version: string;
  state: LearnerState;
}

/** What `append` hands back: the new state, and the results to learn check difficulty from once committed. */
interface Appended extends Cached {
  observed: Array<{ before: LearnerState; event: EngineEvent }>;
}

const MAX_CACHED_LEARNERS = 2000;
/** New check results and quiz answers between refreshes of the learned check difficulty. */
const DIFFICULTY_REFRESH_EVERY = 50;
const REPLAY_PAGE = 5000;

export function toEngineEvent(row: { type: string; payload: Prisma.JsonValue; occurredAt: Date }): EngineEvent {
  return { ...(row.payload as object), type: row.type, at: row.occurredAt.getTime() } as EngineEvent;
}

export function createLearningService(deps: { db: Db; content: ContentStore; now: () => Date; params?: Partial<Params>; difficultyRefreshEvery?: number }) {
  const { db, content, now } = deps;
  const base = defaultParams(deps.params ?? {});
  const refreshEvery = deps.difficultyRefreshEvery ?? DIFFICULTY_REFRESH_EVERY;
  let built: { version: string; model: Model } | undefined;
  const cache = new Map<string, Cached>();

  // Check difficulty learned online: guess/slip counts per check and quiz item from every
  // result stored before this process started (replayed once, in the background) and every
  // result committed since; every `refreshEvery` new results the model uses them. A refresh
  // changes the model, so learners' states are folded again. Counts are taken against the
  // cold-start noise (baseModel), the same for the replay and for live results.
  const stats: CheckStats = {};
  let generation = 0;
  let sinceRefresh = 0;
  let baseBuilt: { version: number; model: Model } | undefined;
  const baseModel = (): Model => {
    const current = content.current();
    if (baseBuilt?.version !== current.version) baseBuilt = { version: current.version, model: modelFor(current, base) };
    return baseBuilt.model;
  };
  const replayed = replayStats().then(() => {
    generation++;
  }, () => undefined);

  const model = (): { version: string; model: Model } => {
    const current = content.current();
    const version = `${current.version}:${generation}`;
    if (built?.version !== version) built = { version, model: modelFor(current, generation === 0 ? base : paramsWithStats(base, stats)) };
    return built;
  };

  async function replayStats(): Promise<void> {
    // Only what was stored before now: results committed from here on are counted live.
    const last = await db.learningEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } });
    if (!last) return;
    const m = baseModel();
    const states = new Map<string, LearnerState>();
    let cursor = 0;
    for (;;) {
      const rows = await db.learningEvent.findMany({ where: { seq: { gt: cursor, lte: last.seq } }, orderBy: { seq: 'asc' }, take: REPLAY_PAGE });
      if (rows.length === 0) break;
      // Pages are in log order across learners: one state per learner while replaying.
      for (const row of rows) {
        const event = toEngineEvent(row);
        const state = states.get(row.userId) ?? initialState();
        accumulateCheckStats(stats, state, event, m);
        states.set(row.userId, applyEvent(state, event, m));
      }
      cursor = rows.at(-1)!.seq;
    }
  }

  /** Folds committed results into the difficulty counts; every `refreshEvery` of them, the model uses the new counts. */
  function learnDifficulty(observed: Appended['observed']): void {
    const m = baseModel();
    for (const { before, event } of observed) {
      if (event.type !== 'check-result' && event.type !== 'quiz-answer') continue;
      accumulateCheckStats(stats, before, event, m);
      sinceRefresh++;
    }
    if (sinceRefresh >= refreshEvery) {
      sinceRefresh = 0;
      generation++;
    }
  }

  /** Folds the learner's events, starting from the cached state when it is still current. */
  async function fold(client: Tx, userId: string): Promise<Cached> {
    const { version, model: m } = model();
    const hit = cache.get(userId);
    const from = hit && hit.version === version ? hit : undefined;
    const rows = await client.learningEvent.findMany({ where: { userId, seq: { gt: from?.seq ?? 0 } }, orderBy: { seq: 'asc' } });
    let state = from?.state ?? initialState();
    for (const row of rows) state = applyEvent(state, toEngineEvent(row), m);
    return { seq: rows.at(-1)?.seq ?? from?.seq ?? 0, version, state };
  }

  function remember(userId: string, entry: Cached) {
    cache.delete(userId);
    cache.set(userId, entry);
    if (cache.size > MAX_CACHED_LEARNERS) cache.delete(cache.keys().next().value!);
  }

  async function stateOf(userId: string): Promise<LearnerState> {
    const entry = await fold(db, userId);
    remember(userId, entry);
    return entry.state;
  }

  return {
    model: () => model().model,
    stateOf,

    /**
     * Appends events inside the caller's transaction and mirrors the changed concepts into
     * ConceptMastery. Call `commit` with the result once the transaction has committed.
     */
    async append(tx: Prisma.TransactionClient, userId: string, events: readonly NewEvent[], at: Date): Promise<Appended> {
      const before = await fold(tx, userId);
      const { model: m } = model();
      let state = before.state;
      let seq = before.seq;
      const observed: Appended['observed'] = [];
      for (const event of events) {
        const { type, ...payload } = event;
        const row = await tx.learningEvent.create({ data: { userId, type, payload: payload as Prisma.InputJsonValue, occurredAt: at } });
        seq = row.seq;
        const engineEvent = { ...event, at: at.getTime() } as EngineEvent;
        observed.push({ before: state, event: engineEvent });
        state = applyEvent(state, engineEvent, m);
      }
      const changed = Object.keys(state.concepts).filter((id) => state.concepts[id] !== before.state.concepts[id]);
      for (const conceptId of changed) {
        const c = state.concepts[conceptId]!;
        const view = conceptProgress(state, m, conceptId, at.getTime());
        const data = {
          pKnown: view.mastery, stability: c.memory?.stability ?? null, lastPracticed: c.lastEvidenceAt === null ? null : new Date(c.lastEvidenceAt),
          dueAt: view.reviewDueAt === null ? null : new Date(view.reviewDueAt), evidenceCount: c.attempts,
        };
        await tx.conceptMastery.upsert({ where: { userId_conceptId: { userId, conceptId } }, create: { userId, conceptId, ...data }, update: data });
      }
      return { seq, version: before.version, state, observed };
    },

    /** Call once the transaction `append` ran in has committed. */
    commit(userId: string, entry: Appended): void {
      remember(userId, { seq: entry.seq, version: entry.version, state: entry.state });
      learnDifficulty(entry.observed);
    },

    async record(userId: string, events: readonly NewEvent[]): Promise<LearnerState> {
      const at = now();
      const entry = await db.$transaction((tx) => this.append(tx, userId, events, at));
      this.commit(userId, entry);
      return entry.state;
    },

    /** Settles once the stored results have been replayed into the learned difficulty (tests, start-up). */
    difficultyReady: () => replayed,
    /** Guess/slip in use for a check (`exerciseId#checkId`) or quiz item, learned or default. */
    difficultyOf: (key: string) => model().model.params.checks[key],

    /** Records a revealed hint; the event also keeps which hint it was, so the page can list them again. */
    async recordHint(userId: string, exerciseId: string, number: number): Promise<LearnerState> {
      const used: HintEvent = { type: 'hint-used', exerciseId, hint: number };
      return this.record(userId, [used]);
    },

    /** How many of an exercise's hints the learner has revealed (hints are revealed in order). */
    async hintsRevealed(userId: string, exerciseId: string): Promise<number> {
      const rows = await db.learningEvent.findMany({ where: { userId, type: 'hint-used' }, orderBy: { seq: 'asc' }, select: { payload: true } });
      let revealed = 0;
      for (const row of rows) {
        const payload = row.payload as { exerciseId?: unknown; hint?: unknown };
        if (payload.exerciseId !== exerciseId) continue;
        // Events recorded before hints carried their number count as the next one.
        revealed = Math.max(revealed, typeof payload.hint === 'number' ? payload.hint : revealed + 1);
      }
      return revealed;
    },

    async next(userId: string, goal: Goal): Promise<NextStep> {
      const state = await stateOf(userId);
      // Seeded by the learner and how much they have done: the same state gives the same pick.
      const seed = deriveSeed([...userId].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261), state.events);
      return nextStep(state, model().model, goal, now().getTime(), mulberry32(seed));
    },

    /**
     * Mastery at the end of each day the learner was active (UTC days), replayed from the event
     * log, and the streak of consecutive active days ending today or yesterday.
     */
    async history(userId: string) {
      const { model: m } = model();
      const rows = await db.learningEvent.findMany({ where: { userId }, orderBy: { seq: 'asc' } });
      const dayOf = (d: Date) => d.toISOString().slice(0, 10);
      const days: { day: string; events: number; overall: number; topics: Record<string, number> }[] = [];
      let state = initialState();
      rows.forEach((row, i) => {
        state = applyEvent(state, toEngineEvent(row), m);
        const day = dayOf(row.occurredAt);
        if (i + 1 < rows.length && dayOf(rows[i + 1]!.occurredAt) === day) return;
        const endOfDay = Date.parse(`${day}T23:59:59.999Z`);
        const topics: Record<string, number> = {};
        for (const topic of progress(state, m, endOfDay)) topics[topic.topicId] = Math.round(topic.mean * 1000) / 1000;
        const means = Object.values(topics);
        days.push({ day, events: i + 1, overall: Math.round((means.reduce((a, b) => a + b, 0) / Math.max(1, means.length)) * 1000) / 1000, topics });
      });
      const active = new Set(days.map((d) => d.day));
      const today = now();
      let cursor = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
      if (!active.has(dayOf(cursor))) cursor = new Date(cursor.getTime() - 86_400_000);
      let streak = 0;
      while (active.has(dayOf(cursor))) {
        streak += 1;
        cursor = new Date(cursor.getTime() - 86_400_000);
      }
      return { days, streak };
    },

    async progress(userId: string) {
      return progress(await stateOf(userId), model().model, now().getTime());
    },
  };
}

export type LearningService = ReturnType<typeof createLearningService>;
