// A process object private to the bundled libraries: learners never see it.
import { nextTick } from '../isolate/clock.ts';
const process = {
  version: 'v24.0.0', versions: { node: '24.0.0' }, platform: 'linux', arch: 'x64', env: { NODE_ENV: 'production' },
  argv: [], browser: false, title: 'stepwise',
  nextTick, cwd: () => '/', emitWarning() {}, on() { return process; }, once() { return process; },
  off() { return process; }, removeListener() { return process; }, listeners: () => [], emit: () => false,
  hrtime: Object.assign(() => [0, 0], { bigint: () => 0n }), memoryUsage: () => ({ heapUsed: 0 }),
  stdout: { isTTY: false, write() { return true; } }, stderr: { isTTY: false, write() { return true; } },
};
export { process, nextTick };
export default process;
