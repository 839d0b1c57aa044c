// `npm run adaptive:fit [-- --out <file>] [--dry-run]`: refits the adaptive engine's
// parameters (guess/slip per check and quiz item, learn rate, memory, ability spread,
// prerequisite strengths) from every learner's stored events, starting from the parameters
// in use, and writes DATA_DIR/adaptive-params.json, which the server reads at start.
// Event logs exported as JSON are refitted by `npm run adaptive:fit:json` instead.
import path from 'node:path';
import { ConfigError, loadConfig } from '../server/config.ts';
import { createDb } from '../server/db/client.ts';
import { migrateDatabase } from '../server/db/migrate.ts';
import { createLogger } from '../server/logger.ts';
import { fitFromDatabase, FittedParamsError, paramsFile, readFittedParams, writeFittedParams } from '../server/services/adaptive-params.ts';
import { createContentStore } from '../server/services/content.ts';

const args = process.argv.slice(2);
const unknown = args.filter((a, i) => !['--out', '--dry-run'].includes(a) && args[i - 1] !== '--out');
if (unknown.length > 0 || (args.includes('--out') && !args[args.indexOf('--out') + 1])) {
  console.error('usage: npm run adaptive:fit [-- --out <file>] [--dry-run]');
  process.exit(64);
}
const root = path.resolve(import.meta.dirname, '..');
let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(78);
}
const out = args.includes('--out') ? path.resolve(args[args.indexOf('--out') + 1]!) : paramsFile(config.dataDir);

let current;
try {
  current = await readFittedParams(paramsFile(config.dataDir));
} catch (error) {
  if (!(error instanceof FittedParamsError)) throw error;
  console.warn(`${error.message}\nStarting from the defaults instead.`);
}
migrateDatabase(config.databaseUrl);
const db = createDb(config.databaseUrl);
const content = await createContentStore({
  curriculumDir: path.join(root, 'curriculum'), exercisesDir: path.join(root, 'exercises'), logger: createLogger('warn'), watch: false,
});
try {
  const report = await fitFromDatabase(db, content.current(), current);
  if (!report) {
    console.error('No check results or quiz answers are stored yet: nothing to fit. The defaults stay in use.');
    process.exitCode = 1;
  } else {
    const { learners, observations, checks, logLikelihood, fitted } = report;
    console.log(
      `${learners} learners, ${observations} results on ${checks} checks and quiz items; ` +
        `log-likelihood ${logLikelihood.before.toFixed(1)} -> ${logLikelihood.after.toFixed(1)}; learn rate ${fitted.learn}, ` +
        `ability sd ${fitted.ability.sd}, strengths ${fitted.requiresStrength}/${fitted.topicStrength}, memory ${JSON.stringify(fitted.memory)}`,
    );
    if (args.includes('--dry-run')) console.log(JSON.stringify(fitted, null, 2));
    else {
      await writeFittedParams(out, fitted);
      console.log(`Wrote ${out}; restart the server to use it.`);
    }
  }
} finally {
  content.close();
  await db.$disconnect();
}
