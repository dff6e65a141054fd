/**
 * Lesson `processes` (material §1.1): PIDs, separate memory, stability, multi-core, cost and context switches, each
 * shown on real children before it is explained.
 */
import type { LessonModule } from '../types.js';
import { cost } from './cost.js';
import { memory } from './memory.js';
import { multicore } from './multicore.js';
import { pids } from './pids.js';
import { stability } from './stability.js';
import { switchPart } from './switch.js';

const lesson: LessonModule = {
  sections: { pids, memory, stability, multicore, cost, switch: switchPart },
};
export default lesson;
