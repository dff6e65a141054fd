/**
 * Lesson `ipc` (material §1.1 and §1.2): how processes talk. Each part lives in its own file under
 * ./ipc/ with its words beside it; this module only assembles them. The demos it starts:
 * demo('ipc-producer'), demo('ipc-pipe-writer'), demo('ipc-pipe-reader'), demo('ipc-manager'),
 * demo('ipc-manager-client'), demo('ipc-pipebuf-writer'),
 * demo('ipc-mpqueue-producer'), demo('ipc-mpqueue-consumer'), demo('ipc-shm-thread'), demo('ipc-server'), demo('ipc-client').
 */

import type { LessonModule } from '../types.js';
import { choose } from './choose.js';
import { cross, preflight } from './cross.js';
import { manager } from './manager.js';
import { mpqueue } from './mpqueue.js';
import { pipe } from './pipe.js';
import { pipebuf } from './pipebuf.js';
import { queue } from './queue.js';
import { shm } from './shm.js';

const lesson: LessonModule = {
  sections: { queue, pipe, pipebuf, mpqueue, manager, shm, cross, choose },
  // Not a replacement of the run: a bad --redis URL must fail before any process starts.
  override: async (ctx) => {
    await preflight(ctx);
    return false;
  },
};
export default lesson;
