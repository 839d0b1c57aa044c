// `npm run db:*` and postinstall: the Prisma CLI with the offline settings and this app's
// default database URL.
import { runPrisma } from '../server/db/prisma-cli.ts';
import { databaseUrlFromEnv } from '../server/db/url.ts';

const result = runPrisma(process.argv.slice(2), databaseUrlFromEnv(process.env));
process.exit(result.status ?? 1);
