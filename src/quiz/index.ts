/** One quiz per lesson, loaded only when `proc-lab quiz` runs. Keyed by lesson id. */
import type { Quiz } from './types.js';

export const quizzes: Readonly<Record<string, () => Promise<{ default: Quiz }>>> = {
  processes: () => import('../lessons/processes/quiz.js'),
  ipc: () => import('../lessons/ipc/quiz.js'),
  pool: () => import('../lessons/pool/quiz.js'),
  zombie: () => import('../lessons/zombie/quiz.js'),
  executor: () => import('../lessons/executor/quiz.js'),
};
