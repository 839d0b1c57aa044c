// Free `process` / `Buffer` in bundled libraries resolve here, never to learner globals.
export { process } from './process.js';
export { Buffer } from 'buffer';
