// A small curriculum for tests: four topics shaped like the real roadmap's start, with
// Express depending on async JS only through its topic prerequisites (as in the real one).
import type { GraphInput } from './types.ts';

const concept = (id: string, title: string, requires?: string[]) => (requires ? { id, title, requires } : { id, title });

export const fixtureInput: GraphInput = {
  topics: [
    { id: 'js', title: 'JavaScript', level: 'core', order: 1, prerequisites: [], concepts: [concept('js.functions', 'Functions as values'), concept('js.closures', 'Closures', ['js.functions'])] },
    {
      id: 'async',
      title: 'Async JavaScript',
      level: 'core',
      order: 2,
      prerequisites: ['js'],
      concepts: [concept('async.callbacks', 'Callbacks', ['js.functions']), concept('async.promises', 'Promises', ['async.callbacks']), concept('async.await', 'async/await', ['async.promises'])],
    },
    { id: 'http', title: 'HTTP', level: 'core', order: 3, prerequisites: [], concepts: [concept('http.request', 'Requests and responses'), concept('http.status', 'HTTP status codes', ['http.request'])] },
    {
      id: 'express',
      title: 'Express',
      level: 'core',
      order: 4,
      prerequisites: ['async', 'http'],
      concepts: [concept('express.routes', 'Routes', ['http.request']), concept('express.errors', 'Error handling in Express', ['express.routes', 'http.status'])],
    },
    { id: 'caching', title: 'Caching', level: 'advanced', order: 5, prerequisites: ['express'], concepts: [concept('caching.basics', 'Cache basics', ['express.routes'])] },
  ],
  exercises: [
    { id: 'fn-basics', topicId: 'js', checks: [{ id: 'c1', title: 'passes a function as an argument', concepts: ['js.functions'] }, { id: 'c2', title: 'builds a counter with a closure', concepts: ['js.closures'] }] },
    { id: 'read-file', topicId: 'async', checks: [{ id: 'c1', title: 'reads a file with a callback', concepts: ['async.callbacks'] }] },
    { id: 'promisify', topicId: 'async', checks: [{ id: 'c1', title: 'wraps a callback in a promise', concepts: ['async.promises', 'async.callbacks'] }] },
    { id: 'fetch-all', topicId: 'async', checks: [{ id: 'c1', title: 'awaits every request', concepts: ['async.await'] }] },
    { id: 'raw-server', topicId: 'http', checks: [{ id: 'c1', title: 'answers a GET request', concepts: ['http.request'] }, { id: 'c2', title: 'sends 201 after a create', concepts: ['http.status'] }] },
    {
      id: 'todo-api',
      topicId: 'express',
      checks: [
        { id: 'list', title: 'lists todos', concepts: ['express.routes'] },
        { id: 'missing', title: 'returns 404 for a missing todo', concepts: ['express.routes', 'http.status'] },
        { id: 'boom', title: 'turns a thrown error into a 500', concepts: ['express.errors'] },
      ],
    },
    { id: 'cache-api', topicId: 'caching', checks: [{ id: 'c1', title: 'serves a cached response', concepts: ['caching.basics'] }] },
  ],
  quizItems: [
    { id: 'js.q-fn', topicId: 'js', concepts: ['js.functions'], options: 4, prompt: 'What does passing a function do?' },
    { id: 'js.q-closure', topicId: 'js', concepts: ['js.closures'], options: 4, prompt: 'What does the counter print?' },
    { id: 'async.q-callback', topicId: 'async', concepts: ['async.callbacks'], options: 4, prompt: 'When does the callback run?' },
    { id: 'async.q-promise', topicId: 'async', concepts: ['async.promises'], options: 4, prompt: 'What does then() return?' },
    { id: 'async.q-await', topicId: 'async', concepts: ['async.await'], options: 4, prompt: 'What does await pause?' },
    { id: 'http.q-request', topicId: 'http', concepts: ['http.request'], options: 4, prompt: 'What is in a request?' },
    { id: 'http.q-status', topicId: 'http', concepts: ['http.status'], options: 4, prompt: 'Which status for a missing resource?' },
    { id: 'express.q-routes', topicId: 'express', concepts: ['express.routes'], options: 4, prompt: 'Which route matches /todos/1?' },
    { id: 'express.q-errors', topicId: 'express', concepts: ['express.errors'], options: 4, prompt: 'How many arguments has an error handler?' },
  ],
  lessons: [
    { id: 'js', topicId: 'js', concepts: ['js.functions', 'js.closures'] },
    { id: 'async', topicId: 'async', concepts: ['async.callbacks', 'async.promises', 'async.await'] },
    { id: 'http', topicId: 'http', concepts: ['http.request', 'http.status'] },
    { id: 'express', topicId: 'express', concepts: ['express.routes', 'express.errors'] },
  ],
};
