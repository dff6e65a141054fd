/**
 * Counted nouns, the one place their plurals live: `counted(words.zombie, n)` gives
 * "1 zombie" / "3 zombies" and "1 个僵尸进程" / "3 个僵尸进程". A sentence takes the counted noun as a
 * placeholder value ("this machine has {zombies}"), so no text says "zombie(s)".
 */
import type { Plural } from './index.js';

export const words = {
  zombie: { zh: '{n} 个僵尸进程', en: { one: '{n} zombie', other: '{n} zombies' } },
  process: { zh: '{n} 个进程', en: { one: '{n} process', other: '{n} processes' } },
  task: { zh: '{n} 个任务', en: { one: '{n} task', other: '{n} tasks' } },
  /** An executor's worker: a process or a thread, so zh keeps the word worker as the lesson does. */
  worker: { zh: '{n} 个 worker', en: { one: '{n} worker', other: '{n} workers' } },
  address: { zh: '{n} 个网址', en: { one: '{n} address', other: '{n} addresses' } },
  thread: { zh: '{n} 个线程', en: { one: '{n} thread', other: '{n} threads' } },
} satisfies Record<string, Plural>;
