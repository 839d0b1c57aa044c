// Canonical ids shared with the curriculum.
export const TOPICS = ['js-fundamentals', 'async-js', 'http', 'node-runtime', 'express', 'rest-design', 'sql',
  'node-databases', 'validation', 'auth', 'security', 'testing', 'production'] as const;

export const CONCEPTS = [
  'async-js.callbacks', 'async-js.promises', 'async-js.async-await', 'async-js.error-handling',
  'async-js.promise-combinators', 'async-js.event-loop', 'async-js.non-blocking',
  'http.request-response', 'http.methods', 'http.status-codes', 'http.headers', 'http.json',
  'express.routes', 'express.params', 'express.query', 'express.body-parsing', 'express.middleware',
  'express.routers', 'express.error-middleware',
  'rest-design.resources', 'rest-design.status-codes', 'rest-design.pagination', 'rest-design.error-shape',
  'sql.tables-keys', 'sql.relationships', 'sql.crud', 'sql.joins', 'sql.aggregates', 'sql.transactions',
  'node-databases.parameterised-queries', 'node-databases.n-plus-one',
  'validation.input-validation', 'validation.central-errors',
  'auth.password-hashing', 'auth.sessions-vs-jwt', 'auth.protected-routes', 'auth.authn-vs-authz', 'auth.roles',
  'security.secrets',
] as const;

export const KINDS = ['async', 'http', 'sql', 'auth'] as const;
export type ExerciseKind = (typeof KINDS)[number];

/** Modules a learner may import, by exercise kind. */
export const MODULES_BY_KIND: Record<ExerciseKind, string[]> = {
  async: [],
  http: ['express'],
  sql: ['express', 'db'],
  auth: ['express', 'db', 'bcrypt', 'jsonwebtoken'],
};
