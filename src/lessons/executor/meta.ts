/** What `--help`, the menu and the tour need of the executor lesson; its code loads only when it runs. */
import type { LessonEntry } from '../types.js';
import { checkUrl } from './url.js';

export const entry: LessonEntry = {
  load: () => import('./index.js'),
  quiz: () => import('./quiz.js'),
  meta: {
    id: 'executor',
    material: '§1.5.2',
    title: {
      zh: '执行器与 Future（concurrent.futures）',
      en: 'Executors and futures (concurrent.futures)',
    },
    summary: {
      zh: 'Python 的 concurrent.futures 把进程池和线程池包装成“执行器”：提交一个任务，立刻拿回一个 Future，结果稍后才到。proc-lab 用 Node 实现了同样的接口（ProcessPoolExecutor、ThreadPoolExecutor、Future、asCompleted、wait），下面每一步都跑在真实的进程和线程上。',
      en: 'Python’s concurrent.futures wraps process pools and thread pools as "executors": submit a task and get a Future back at once; the result arrives later. proc-lab implements the same interface in Node (ProcessPoolExecutor, ThreadPoolExecutor, Future, asCompleted, wait), and every step below runs on real processes and threads.',
    },
    sections: [
      { id: 'future', title: { zh: '执行器与 Future', en: 'Executor and Future' } },
      {
        id: 'fetch',
        title: { zh: '材料里的抓网页', en: 'The material’s page fetch' },
      },
      { id: 'compare', title: { zh: '用线程还是用进程', en: 'Threads or processes' } },
      {
        id: 'collect',
        title: { zh: 'map、as_completed 与 wait', en: 'map, as_completed and wait' },
      },
      { id: 'shutdown', title: { zh: 'shutdown：等还是不等', en: 'shutdown: to wait or not' } },
      {
        id: 'broken',
        title: { zh: '一个工作进程被杀：执行器坏了', en: 'One worker killed: a broken executor' },
      },
    ],
    options: [
      {
        flags: '--kind <kind>',
        description: {
          zh: '用哪种执行器：进程池、线程池或两者都用',
          en: 'which executor: the process pool, the thread pool, or both',
        },
        choices: ['process', 'thread', 'both'],
        default: 'both',
      },
      {
        flags: '--workers <n>',
        description: {
          zh: '每个执行器的工作进程或工作线程数（maxWorkers）',
          en: 'workers per executor (maxWorkers)',
        },
        int: { min: 1, max: 64 },
        default: 3,
      },
      {
        flags: '--url <url...>',
        description: {
          zh: 'fetch 部分改为抓取这些真实网址（需要联网）',
          en: 'the fetch part fetches these real addresses instead (needs a network)',
        },
        check: checkUrl,
      },
    ],
    examples: [
      'proc-lab executor',
      'proc-lab executor fetch --workers 1 --fast',
      'proc-lab executor compare --lang en',
      'proc-lab executor fetch --url https://www.baidu.com https://example.com',
    ],
  },
};
