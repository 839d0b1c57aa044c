// Snapshot entry for auth exercises: globals first (libraries capture timers at load), then
// Express, bcrypt and jsonwebtoken, then the boot global.
import './globals.ts';
import './libraries-express.ts';
import './libraries-auth.ts';
import './index.ts';
