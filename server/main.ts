// Process entry: validate the environment, migrate, wire dependencies, listen, and shut
// down gracefully on SIGTERM/SIGINT.
import path from 'node:path';
import { createApp } from './app.ts';
import { ConfigError, loadConfig, withJwtSecret } from './config.ts';
import { createDb } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { createPooledGrader } from './grader/service.ts';
import { createLogger } from './logger.ts';
import { ContentError, createContentStore } from './services/content.ts';
import { FittedParamsError, paramsFile, readFittedParams } from './services/adaptive-params.ts';

const root = path.resolve(import.meta.dirname, '..');

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
  const content = await createContentStore({
    curriculumDir: path.join(root, 'curriculum'), exercisesDir: path.join(root, 'exercises'), logger, watch: config.env === 'development',
  });
  let adaptiveParams;
  try {
    adaptiveParams = await readFittedParams(paramsFile(config.dataDir));
  } catch (error) {
    if (error instanceof FittedParamsError) {
      console.error(`Stepwise cannot start.\n${error.message}`);
      process.exit(78);
    }
    throw error;
  }
  logger.info({ adaptiveParams: adaptiveParams ? paramsFile(config.dataDir) : 'defaults' }, 'adaptive engine parameters');
  const grader = createPooledGrader({ exercises: (id) => content.current().exerciseById.get(id) });
  grader.warm();
  const app = createApp({
    config, db, logger, content, grader, adaptiveParams,
    webDistDir: path.join(root, 'web/dist'),
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
      content.close();
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

try {
  await start();
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Stepwise cannot start.\n${error.message}`);
  process.exit(78);
}
