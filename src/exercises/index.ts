/**
 * The ordered exercise registry: `proc-lab exercises`, `verify` (the next one not passed),
 * `watch` (n: next) and `exercises init` all loop over this one list, in teaching order (the
 * lessons' order, two or more per lesson). Each entry is what the list needs; an exercise's
 * statement, hints and rules (`<id>/index.ts`) load only when it is shown or checked. Its
 * programs are the files beside them: starter.py, starter.mjs, solution.py, solution.mjs. A test
 * checks this list against the folders.
 */
import type { ExerciseEntry } from './types.js';

export const exercises: readonly ExerciseEntry[] = [
  {
    id: 'three-children',
    lesson: 'processes',
    title: { zh: '同时运行的 3 个子进程', en: 'Three children at once' },
    load: () => import('./three-children/index.js'),
  },
  {
    id: 'memory-isolated',
    lesson: 'processes',
    title: { zh: '各自独立的内存', en: 'Each its own memory' },
    load: () => import('./memory-isolated/index.js'),
  },
  {
    id: 'pipe',
    lesson: 'ipc',
    title: { zh: '用管道连接两个子进程', en: 'Two children joined by a pipe' },
    load: () => import('./pipe/index.js'),
  },
  {
    id: 'shm-counter',
    lesson: 'ipc',
    title: { zh: '共享计数器，分毫不差', en: 'A shared counter, exact' },
    load: () => import('./shm-counter/index.js'),
  },
  {
    id: 'pool-async',
    lesson: 'pool',
    title: { zh: 'Pool(3) 与 apply_async', en: 'Pool(3) and apply_async' },
    load: () => import('./pool-async/index.js'),
  },
  {
    id: 'pool-join',
    lesson: 'pool',
    title: { zh: '一个任务都不丢：close 与 join', en: 'No task lost: close and join' },
    load: () => import('./pool-join/index.js'),
  },
  {
    id: 'zombie-make',
    lesson: 'zombie',
    title: { zh: '造一个僵尸进程，再回收它', en: 'Make a zombie, then reap it' },
    load: () => import('./zombie-make/index.js'),
  },
  {
    id: 'zombie-reap',
    lesson: 'zombie',
    title: { zh: '随退随收：5 个子进程', en: 'Reap as they exit: five children' },
    load: () => import('./zombie-reap/index.js'),
  },
  {
    id: 'orphan',
    lesson: 'zombie',
    title: { zh: '孤儿进程与收养', en: 'An orphan and its adopter' },
    load: () => import('./orphan/index.js'),
  },
  {
    id: 'executor-map',
    lesson: 'executor',
    title: { zh: 'map() 按输入顺序给出结果', en: 'map() keeps the input order' },
    load: () => import('./executor-map/index.js'),
  },
  {
    id: 'executor-timeout',
    lesson: 'executor',
    title: { zh: '卡住的页面与超时', en: 'A hung page and its timeout' },
    load: () => import('./executor-timeout/index.js'),
  },
];

export function findExercise(id: string): ExerciseEntry | undefined {
  return exercises.find((e) => e.id === id);
}
