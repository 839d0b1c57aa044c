// Process entry: validate the environment, migrate, wire dependencies, listen, and shut
// down gracefully on SIGTERM/SIGINT.
import path from 'node:path';
import { createApp } from './app.ts';
import { ConfigError, loadConfig, withJwtSecret } from './config.ts';
import { createDb } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { createPooledGrader } from './grader/service.ts';
import { createLogger } from './logger.ts';
import { createExerciseCatalogue } from './services/exercise-catalogue.ts';
import { loadExerciseSet } from './services/exercise-set.ts';

async function start() {
  let config;
  try {
    config = withJwtSecret(loadConfig(process.env));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Stepwise cannot start.\n${error.message}`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  migrateDatabase(config.databaseUrl);
  const db = createDb(config.databaseUrl);
  const exerciseList = await loadExerciseSet(logger);
  const byId = new Map(exerciseList.map((exercise) => [exercise.id, exercise]));
  const grader = createPooledGrader({ exercises: (id) => byId.get(id) });
  grader.warm();
  const app = createApp({
    config, db, logger, exercises: createExerciseCatalogue(exerciseList), grader,
    webDistDir: path.resolve(import.meta.dirname, '../web/dist'),
  });

  const server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info({ port, env: config.env }, 'listening');
    console.log(`Stepwise is running at http://localhost:${port}`);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Stop accepting, let in-flight requests finish, then close the database.
    const forceExit = setTimeout(() => process.exit(1), 10_000).unref();
    server.close(async () => {
      await grader.close();
      await db.$disconnect();
      clearTimeout(forceExit);
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

await start();
