/** One quiz per lesson, loaded only when `proc-lab quiz` runs. Keyed by lesson id. */
import type { Quiz } from './types.js';

export const quizzes: Readonly<Record<string, () => Promise<{ default: Quiz }>>> = {
  processes: () => import('./processes.quiz.js'),
  ipc: () => import('./ipc.quiz.js'),
  pool: () => import('./pool.quiz.js'),
  zombie: () => import('./zombie.quiz.js'),
  executor: () => import('./executor.quiz.js'),
};
