/**
 * Lesson `executor` (material §1.5.2): executors and futures on real processes and threads.
 * Parts 1 and 2 live here (Future's life, the material's page fetch); parts 3 to 5 in
 * executor-compare.ts, executor-collect.ts and executor-shutdown.ts.
 */
import type { LessonModule } from '../types.js';
import { collect } from './collect.js';
import { compare } from './compare.js';
import { fetch } from './fetch.js';
import { future } from './future.js';
import { shutdown } from './shutdown.js';

const lesson: LessonModule = { sections: { future, fetch, compare, collect, shutdown } };
export default lesson;
