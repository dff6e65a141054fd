/** What `--help`, the menu and the tour need of the pool lesson; its code loads only when it runs. */
import type { LessonEntry } from '../types.js';

export const entry: LessonEntry = {
  load: () => import('./index.js'),
  quiz: () => import('./quiz.js'),
  meta: {
    id: 'pool',
    material: '§1.3',
    title: { zh: '为什么需要进程池', en: 'Why a process pool' },
    summary: {
      zh: '进程池一次性启动固定数量的进程，反复用它们执行任务。下面运行材料里的 Pool(3) 程序，对比 apply 与 apply_async，画出任务的时间线，并演示 close、join、terminate 和一个工作进程死掉时会发生什么。',
      en: 'A pool starts a fixed number of processes once and reuses them for task after task. Below: the material’s Pool(3) program live, apply next to apply_async, a timeline of the tasks, and what close, join, terminate and a dying worker really do.',
    },
    sections: [
      {
        id: 'material',
        title: { zh: '材料里的程序，现场运行', en: 'The material’s program, live' },
      },
      {
        id: 'apply',
        title: { zh: 'apply 与 apply_async 对比', en: 'apply next to apply_async' },
      },
      { id: 'timeline', title: { zh: '任务时间线', en: 'A timeline of the tasks' } },
      { id: 'why', title: { zh: '为什么用进程池', en: 'Why a pool' } },
      {
        id: 'lifecycle',
        title: { zh: 'close、join 与 terminate', en: 'close, join and terminate' },
      },
      { id: 'crash', title: { zh: '一个工作进程死了', en: 'A worker dies' } },
      {
        id: 'cluster',
        title: {
          zh: '全班一个进程池：经过 Redis 的工作进程',
          en: 'The whole class as one pool: workers through Redis',
        },
      },
    ],
    options: [
      {
        flags: '--workers <n>',
        description: { zh: '进程池里的进程数', en: 'processes in the pool' },
        int: { min: 1, max: 64 },
        default: 3,
      },
      {
        flags: '--tasks <m>',
        description: { zh: '提交的任务数', en: 'tasks to submit' },
        int: { min: 1, max: 1000 },
        default: 10,
      },
      {
        flags: '--task-ms <t>',
        description: { zh: '每个任务睡眠的毫秒数', en: 'milliseconds each task sleeps' },
        int: { min: 0, max: 60000 },
        default: 2000,
      },
      {
        flags: '--mode <mode>',
        description: {
          zh: '第 2 部分运行哪种用法：async（apply_async）、sync（apply）或 both',
          en: 'which usage part 2 runs: async (apply_async), sync (apply) or both',
        },
        choices: ['async', 'sync', 'both'],
        default: 'both',
      },
      {
        flags: '--redis <url>',
        description: {
          zh: 'cluster 部分使用的 Redis，例如 redis://127.0.0.1:6379',
          en: 'the Redis of the cluster part, e.g. redis://127.0.0.1:6379',
        },
        env: 'REDIS_URL',
      },
      {
        flags: '--local <n>',
        description: {
          zh: 'cluster 部分在本机启动的工作进程数（0：只等别处的工作进程）',
          en: 'worker programs the cluster part starts here (0: only workers from elsewhere)',
        },
        int: { min: 0, max: 16 },
        default: 3,
      },
      {
        flags: '--kill-one',
        description: {
          zh: 'cluster 部分在任务中途 SIGKILL 一个本机工作进程',
          en: 'the cluster part SIGKILLs one local worker mid-task',
        },
      },
      {
        flags: '--queue <name>',
        description: {
          zh: 'cluster 部分的队列名，默认 default',
          en: 'the cluster part’s queue name, default default',
        },
      },
      {
        flags: '--reset',
        description: {
          zh: 'cluster 部分开始前清空队列（在终端里会先确认）',
          en: 'clear the queue before the cluster part (asks first in a terminal)',
        },
      },
    ],
    examples: [
      'proc-lab pool',
      'proc-lab pool --fast --lang en',
      'proc-lab pool apply --mode sync --tasks 4',
      'proc-lab pool timeline --workers 4 --tasks 12',
      'proc-lab pool cluster --redis redis://127.0.0.1:6379 --kill-one',
      'proc-lab pool --json --fast | jq -c \'select(.event == "callback")\'',
    ],
  },
};
