/**
 * The smallest useful child: it reports its PID, its parent's PID and its memory, then stays
 * alive until told to go (or until its parent goes), so several can be seen side by side.
 */
import { exitWithParent, nextMessage, report } from '../runtime/child-side.js';

exitWithParent();
report({
  type: 'hello',
  pid: process.pid,
  ppid: process.ppid,
  rss: process.memoryUsage().rss,
});
await nextMessage('bye');
process.exit(0);

// Run alone: node dist/demos/report.js
