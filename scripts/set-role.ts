// `npm run user:role -- <email> <learner|instructor|admin>`: the way to make the first admin,
// who can then promote instructors through the API.
import { loadConfig } from '../server/config.ts';
import { createDb } from '../server/db/client.ts';
import { roles, type Role } from '../server/services/tokens.ts';

const [email, role] = process.argv.slice(2);
if (!email || !roles.includes(role as Role)) {
  console.error(`usage: npm run user:role -- <email> <${roles.join('|')}>`);
  process.exit(64);
}
const db = createDb(loadConfig(process.env).databaseUrl);
try {
  const user = await db.user.update({ where: { email: email.trim().toLowerCase() }, data: { role: role as Role } });
  console.log(`${user.email} is now ${user.role}`);
} catch {
  console.error(`No user with email ${email}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
