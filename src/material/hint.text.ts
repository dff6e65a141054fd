/**
 * The line a lesson ends its material part with: where to see the material's own Python program
 * run as written, with every process it creates (`proc-lab trace --material NAME`). Text only, so
 * a lesson imports nothing of the tracer.
 */
import type { Bi } from '../i18n/index.js';

export const traceHint = {
  pool: {
    zh: '想看材料里的原程序（Python 的 Pool(3)）真的启动了哪些进程：proc-lab trace --material pool',
    en: "To watch the material's own Python program (Pool(3)) and every process it starts: proc-lab trace --material pool",
  },
  zombie: {
    zh: '想看材料里的原程序（os.fork() 加 sleep 30 秒）原样运行、僵尸进程持续多久：proc-lab trace --material zombie',
    en: "To watch the material's own program (os.fork() and a 30 s sleep) run as written, and how long its zombie lasts: proc-lab trace --material zombie",
  },
  executor: {
    zh: '想看材料里的抓网页程序（ProcessPoolExecutor(10)，离线版）启动的每个进程：proc-lab trace --material executor',
    en: "To watch every process of the material's page fetch (ProcessPoolExecutor(10), offline): proc-lab trace --material executor",
  },
} satisfies Record<string, Bi>;
