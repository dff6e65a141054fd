/**
 * Lesson `pool` (material §1.3): why a process pool. The material's Pool(3) program live, apply
 * next to apply_async, a timeline of the waves, a process per task against a pool, close / join /
 * terminate, and a worker that dies mid-task. Every part runs real worker processes through the
 * library's Pool (src/pool), the same one `import { Pool } from 'proc-lab'` gives.
 */
import type { LessonModule } from '../types.js';
import { apply } from './apply.js';
import { cluster } from './cluster.js';
import { crash } from './crash.js';
import { lifecycle } from './lifecycle.js';
import { material } from './material.js';
import { timeline } from './timeline.js';
import { why } from './why.js';

const lesson: LessonModule = {
  sections: { material, apply, timeline, why, lifecycle, crash, cluster },
};
export default lesson;
