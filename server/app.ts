// Builds the Express application from its dependencies. No listening, no environment
// reading: main.ts does that, and tests call createApp directly through Supertest.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { ReadyConfig } from './config.ts';
import type { Db } from './db/client.ts';
import { requireAuth } from './http/middleware/auth.ts';
import { errorHandler, notFound } from './http/middleware/errors.ts';
import { jsonBody } from './http/middleware/json-body.ts';
import { authRoutes } from './http/routes/auth.ts';
import { healthRoutes } from './http/routes/health.ts';
import { exerciseRoutes } from './http/routes/exercises.ts';
import { instructorRoutes } from './http/routes/instructor.ts';
import { learningRoutes } from './http/routes/learning.ts';
import { userRoutes } from './http/routes/users.ts';
import { createAccountService } from './services/accounts.ts';
import type { ContentStore } from './services/content.ts';
import { createExerciseCatalogue } from './services/exercise-catalogue.ts';
import { createLearningService } from './services/learning.ts';
import type { FittedParams } from './services/adaptive-params.ts';
import { createQuizService } from './services/quizzes.ts';
import { createSubmissionService, type Grader } from './services/submissions.ts';
import { version } from './version.ts';

export interface AppDeps {
  config: ReadyConfig;
  db: Db;
  logger: Logger;
  content: ContentStore;
  grader: Grader;
  now?: () => Date;
  /** The adaptive engine's parameters as last fitted (`npm run adaptive:fit`); cold-start defaults without. */
  adaptiveParams?: FittedParams;
  /** The built web app; served with a fallback to index.html for client-side routes. */
  webDistDir?: string;
}

const REQUEST_ID = /^[\w.-]{1,128}$/;

function webApp(distDir: string): RequestHandler[] {
  const index = path.join(distDir, 'index.html');
  const spaFallback: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/') || !existsSync(index)) return next();
    res.sendFile(index);
  };
  return [express.static(distDir, { index: false, maxAge: '1h' }), spaFallback];
}

export function createApp(deps: AppDeps): Express {
  const { config, db, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const accounts = createAccountService(
    db,
    { jwtSecret: config.jwtSecret, accessTtlSeconds: config.accessTokenTtlSeconds, refreshTtlDays: config.refreshTokenTtlDays, bcryptCost: config.bcryptCost },
    now,
  );
  const exercises = createExerciseCatalogue(() => deps.content.current().exercises);
  const learning = createLearningService({ db, content: deps.content, now, ...(deps.adaptiveParams ? { params: deps.adaptiveParams } : {}) });
  const quizzes = createQuizService({ db, content: deps.content, learning, now });
  const submissions = createSubmissionService({ db, grader: deps.grader, exercises, learning, now });
  const authenticated = requireAuth({ secret: config.jwtSecret, accessTtlSeconds: config.accessTokenTtlSeconds }, now);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger,
      // Only what an operator needs to follow a request: no headers (they carry tokens and
      // cookies) and no bodies (they carry passwords and learners' code).
      serializers: {
        req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({ id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
    }),
  );
  app.use(helmet());
  app.use(cors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false, credentials: true }));
  app.use(cookieParser());
  app.use('/api', ...jsonBody(config.jsonBodyLimit));

  app.use('/api', healthRoutes(db, version));
  app.use('/api/auth', authRoutes(accounts, { secureCookies: config.env === 'production', rateLimit: config.authRateLimit }));
  app.use('/api', userRoutes(accounts, authenticated));
  app.use('/api', exerciseRoutes({ exercises, submissions, db, authenticated }));
  app.use('/api', learningRoutes({ db, content: deps.content, learning, quizzes, authenticated }));
  app.use('/api', instructorRoutes({ db, content: deps.content, grader: deps.grader, authenticated }));
  app.use('/api', notFound);

  if (deps.webDistDir) app.use(...webApp(deps.webDistDir));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
