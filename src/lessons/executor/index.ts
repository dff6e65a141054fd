/**
 * Lesson `executor` (material §1.5.2): executors and futures on real processes and threads, one
 * file per part: future.ts, fetch.ts, compare.ts, collect.ts, shutdown.ts and broken.ts.
 */
import type { LessonModule } from '../types.js';
import { broken } from './broken.js';
import { collect } from './collect.js';
import { compare } from './compare.js';
import { fetch } from './fetch.js';
import { future } from './future.js';
import { shutdown } from './shutdown.js';

const lesson: LessonModule = { sections: { future, fetch, compare, collect, shutdown, broken } };
export default lesson;
