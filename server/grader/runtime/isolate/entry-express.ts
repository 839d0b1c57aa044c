// Snapshot entry for http and sql exercises: globals first (libraries capture timers at
// load), then Express, then the boot global.
import './globals.ts';
import './libraries-express.ts';
import './index.ts';
