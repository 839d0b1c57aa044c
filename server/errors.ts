// The one catalogue of coded errors. Every error the API sends comes from here, so clients
// can switch on `code`, and docs/errors.md is rendered from it (a test keeps them in sync).

export interface ErrorSpec {
  status: number;
  message: string;
  fix: string;
}

export const errorCatalogue = {
  MALFORMED_JSON: {
    status: 400,
    message: 'The request body is not valid JSON.',
    fix: 'Send a well-formed JSON document and check quotes, commas and brackets.',
  },
  VALIDATION_FAILED: {
    status: 400,
    message: 'The request did not match what this endpoint expects.',
    fix: 'Read `details`: each entry names the field (`path`) and what is wrong with it.',
  },
  WEAK_PASSWORD: {
    status: 400,
    message: 'The password is too easy to guess.',
    fix: 'Use at least 10 characters, not your email address and not a common password.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: 'The request body must be JSON.',
    fix: 'Send the body with `Content-Type: application/json`.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    message: 'The request body is larger than this server accepts.',
    fix: 'Send a smaller body; `details.limit` gives the maximum size.',
  },
  UNAUTHENTICATED: {
    status: 401,
    message: 'Sign in to use this endpoint.',
    fix: 'Send `Authorization: Bearer <access token>` from /api/auth/login or /api/auth/refresh.',
  },
  TOKEN_EXPIRED: {
    status: 401,
    message: 'The access token has expired.',
    fix: 'Get a new access token from POST /api/auth/refresh.',
  },
  TOKEN_INVALID: {
    status: 401,
    message: 'The access token is not valid.',
    fix: 'Sign in again; do not edit or construct tokens by hand.',
  },
  INVALID_CREDENTIALS: {
    status: 401,
    message: 'The email or password is wrong.',
    fix: 'Check both and try again, or register if you have no account.',
  },
  REFRESH_TOKEN_MISSING: {
    status: 401,
    message: 'No refresh token was sent.',
    fix: 'Sign in again; the refresh cookie is set by /api/auth/login and /api/auth/register.',
  },
  REFRESH_TOKEN_INVALID: {
    status: 401,
    message: 'The refresh token is not valid or has expired.',
    fix: 'Sign in again.',
  },
  REFRESH_TOKEN_REUSED: {
    status: 401,
    message: 'This refresh token was already used, so the whole session was signed out.',
    fix: 'Sign in again. If you did not refresh twice yourself, change your password.',
  },
  FORBIDDEN: {
    status: 403,
    message: 'Your role does not allow this.',
    fix: 'Ask an admin for the role named in `details.required`.',
  },
  NOT_FOUND: {
    status: 404,
    message: 'There is no such endpoint.',
    fix: 'Check the method and path; every API route starts with /api/.',
  },
  USER_NOT_FOUND: {
    status: 404,
    message: 'There is no user with that id.',
    fix: 'Check the id.',
  },
  EXERCISE_NOT_FOUND: {
    status: 404,
    message: 'There is no exercise with that id.',
    fix: 'List the exercises with GET /api/exercises and use one of their ids.',
  },
  SUBMISSION_NOT_FOUND: {
    status: 404,
    message: 'There is no submission with that id that you can see.',
    fix: 'List your submissions with GET /api/exercises/:id/submissions.',
  },
  SUBMISSION_TOO_LARGE: {
    status: 413,
    message: 'The code is larger than 100 KB, so it was not graded.',
    fix: 'Submit only your solution file; remove generated or pasted data.',
  },
  TOPIC_NOT_FOUND: {
    status: 404,
    message: 'There is no topic with that id.',
    fix: 'List the topics with GET /api/roadmap.',
  },
  QUIZ_ITEM_NOT_FOUND: {
    status: 404,
    message: 'There is no quiz item with that id.',
    fix: 'Use an item id from GET /api/topics/:id or from the placement quiz.',
  },
  QUIZ_ATTEMPT_NOT_FOUND: {
    status: 404,
    message: 'There is no quiz attempt with that id that belongs to you.',
    fix: 'Start a new one; attempt ids come from the response that started it.',
  },
  QUIZ_ATTEMPT_FINISHED: {
    status: 409,
    message: 'This quiz attempt is already finished.',
    fix: 'Start a new attempt to answer more questions.',
  },
  QUIZ_ALREADY_ANSWERED: {
    status: 409,
    message: 'You already answered this question in this attempt.',
    fix: 'Answer the next question, or start a new attempt.',
  },
  HINT_NOT_FOUND: {
    status: 404,
    message: 'This exercise has no hint with that number.',
    fix: 'Hints are numbered from 1 to `hintCount` of GET /api/exercises/:id.',
  },
  EMAIL_TAKEN: {
    status: 409,
    message: 'An account with this email already exists.',
    fix: 'Sign in instead, or register with another email.',
  },
  RATE_LIMITED: {
    status: 429,
    message: 'Too many attempts. Wait before trying again.',
    fix: 'Retry after the number of seconds in the `Retry-After` header.',
  },
  GRADER_BUSY: {
    status: 429,
    message: 'The grader is busy with other submissions right now.',
    fix: 'Run the checks again after the number of seconds in the `Retry-After` header; your code was not lost.',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    message: 'The database is not reachable right now.',
    fix: 'Retry shortly; operators should check the database and the server log.',
  },
  INTERNAL: {
    status: 500,
    message: 'Something went wrong on our side.',
    fix: 'Retry; if it keeps happening, report the `X-Request-Id` response header.',
  },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorCatalogue;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, options: { message?: string; details?: unknown; headers?: Record<string, string> } = {}) {
    super(options.message ?? errorCatalogue[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  toBody(): { error: { code: ErrorCode; message: string; details?: unknown } } {
    return { error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}

/** Renders the catalogue as the Markdown table in docs/errors.md. */
export function renderErrorDocs(): string {
  const rows = Object.entries(errorCatalogue).map(
    ([code, spec]) => `| \`${code}\` | ${spec.status} | ${spec.message} | ${spec.fix} |`,
  );
  return [
    '# API errors',
    '',
    'Every error response has the shape `{ "error": { "code", "message", "details"? } }` and an',
    '`X-Request-Id` header. This table is generated from `server/errors.ts` by',
    '`npm run docs:errors`; a test fails when the two disagree.',
    '',
    '| code | status | message | how to fix |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
