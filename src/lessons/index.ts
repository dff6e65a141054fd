/**
 * The ordered lesson registry: the CLI's subcommands, the menu and the tour are all built by
 * looping over this list. Only metadata is imported here; a lesson's code loads when it runs.
 */
import { executorMeta } from './executor.meta.js';
import { ipcMeta } from './ipc.meta.js';
import { poolMeta } from './pool.meta.js';
import { processesMeta } from './processes.meta.js';
import type { LessonEntry } from './types.js';
import { zombieMeta } from './zombie.meta.js';

export const lessons: readonly LessonEntry[] = [
  { meta: processesMeta, load: () => import('./processes.js') },
  { meta: ipcMeta, load: () => import('./ipc.js') },
  { meta: poolMeta, load: () => import('./pool.js') },
  { meta: zombieMeta, load: () => import('./zombie.js') },
  { meta: executorMeta, load: () => import('./executor.js') },
];
