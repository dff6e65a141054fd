/** What `--help`, the menu and the tour need of the processes lesson; its code loads only when it runs. */
import type { LessonEntry } from '../types.js';

export const entry: LessonEntry = {
  load: () => import('./index.js'),
  quiz: () => import('./quiz.js'),
  meta: {
    id: 'processes',
    material: '§1.1',
    title: { zh: '进程是什么', en: 'What a process is' },
    summary: {
      zh: '进程是操作系统分配资源的基本单位：每个进程有自己的 PID、自己的内存，一个崩溃不会拖垮别的。下面每一条都在真实的进程上演示。',
      en: 'A process is the unit the operating system hands resources to: each has its own PID and its own memory, and one crashing does not take the others down. Every claim below is shown on real processes.',
    },
    sections: [
      { id: 'pids', title: { zh: 'PID 与父进程', en: 'PIDs and parents' } },
      { id: 'memory', title: { zh: '各自独立的内存', en: 'Separate memory' } },
      {
        id: 'stability',
        title: { zh: '稳定性：一个崩溃，其他照常', en: 'Stability: one crashes, the rest go on' },
      },
      {
        id: 'multicore',
        title: { zh: '多核：多个进程同时计算', en: 'Multi-core: processes compute in parallel' },
      },
      {
        id: 'cost',
        title: { zh: '代价：创建进程有多贵', en: 'Cost: how expensive a process is' },
      },
      {
        id: 'switch',
        title: {
          zh: '上下文切换：进程之间和线程之间',
          en: 'Context switches: between processes and between threads',
        },
      },
    ],
    options: [
      {
        flags: '--children <n>',
        description: { zh: '第一节启动的子进程数', en: 'children started in the first section' },
        int: { min: 1, max: 32 },
        default: 3,
      },
    ],
    examples: [
      'proc-lab processes',
      'proc-lab processes --children 5 --lang en',
      'proc-lab processes memory cost --fast',
      'proc-lab processes switch --lang en',
    ],
  },
};
