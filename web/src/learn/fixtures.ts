// Small API answers for the learner component tests.
import type { ProgressResponse, RoadmapResponse, TopicResponse } from './types.ts';

export const roadmapFixture: RoadmapResponse = {
  roadmap: { id: 'node-backend', title: 'Backend development with Node.js', core: ['js-fundamentals', 'express'], advanced: ['caching'] },
  topics: [
    { id: 'js-fundamentals', title: 'JavaScript fundamentals', summary: 'Functions and closures.', level: 'core', order: 1, prerequisites: [], concepts: [], lessonMinutes: 30, quizItems: 4, exercises: [] },
    { id: 'express', title: 'Express', summary: 'Routes and middleware.', level: 'core', order: 5, prerequisites: ['js-fundamentals'], concepts: [], lessonMinutes: 40, quizItems: 6,
      exercises: [{ id: 'express-hello', title: 'Hello, Express', kind: 'http', difficulty: 1 }] },
    { id: 'caching', title: 'Caching', summary: 'Cache-aside.', level: 'advanced', order: 14, prerequisites: ['express'], concepts: [], lessonMinutes: 25, quizItems: 3, exercises: [] },
  ],
};

const concept = (id: string, mastery: number, status: 'unknown' | 'learning' | 'mastered' | 'due') => ({
  id, title: id, mastery, learned: mastery, recall: mastery, status, attempts: 2, passes: 1, reviewDueAt: null,
});

export const progressFixture: ProgressResponse = {
  goal: 'express', placement: 'done', events: 12,
  topics: [
    { topicId: 'js-fundamentals', title: 'JavaScript fundamentals', level: 'mastered', mean: 0.97, min: 0.95, all: 0.9, concepts: [concept('js-fundamentals.closures', 0.97, 'mastered')] },
    { topicId: 'express', title: 'Express', level: 'practising', mean: 0.42, min: 0.2, all: 0.05, concepts: [concept('express.routes', 0.42, 'learning')] },
    { topicId: 'caching', title: 'Caching', level: 'not-started', mean: 0.1, min: 0.1, all: 0.01, concepts: [concept('caching.cache-aside', 0.1, 'unknown')] },
  ],
};

export const topicFixture: TopicResponse = {
  topic: { id: 'express', title: 'Express', summary: 'Routes and middleware.', level: 'core', prerequisites: ['js-fundamentals'], concepts: [] },
  lesson: { title: 'Express - routes, middleware and errors', minutes: 40, markdown: '# Express\n\nA route pairs a method and a path.\n\n```js\napp.get(\'/\', (req, res) => res.json({ ok: true }));\n```\n' },
  quiz: [
    { id: 'express.q-route-order', kind: 'single', prompt: 'Which runs first?', concepts: ['express.routes'], options: [{ id: 'a', text: 'The first registered route' }, { id: 'b', text: 'The most specific route' }] },
  ],
};
