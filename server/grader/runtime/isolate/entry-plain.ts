// Snapshot entry for exercises that import nothing (async): globals and the driver only.
import './globals.ts';
import './index.ts';
