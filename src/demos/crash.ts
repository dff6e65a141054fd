/**
 * A child that ends badly on purpose, in one of three ways: `throw` (an uncaught exception),
 * `exit3` (exit code 3) or `hang` (waits to be killed, e.g. with SIGKILL).
 */
import { exitWithParent, report } from '../runtime/child-side.js';

const how = process.argv[2] ?? 'throw';
report({ type: 'ready', pid: process.pid, how });
if (how === 'throw') {
  setTimeout(() => {
    throw new Error(`child ${process.pid} crashed on purpose`);
  }, 50);
} else if (how === 'exit3') {
  setTimeout(() => process.exit(3), 50);
} else {
  exitWithParent();
  setInterval(() => {}, 1000);
}

// Run alone: node dist/demos/crash.js throw   (or exit3, hang)
