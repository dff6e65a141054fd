/** What `--help`, the menu and the tour need of the zombie lesson; its code loads only when it runs. */
import type { LessonEntry } from '../types.js';

export const entry: LessonEntry = {
  load: () => import('./index.js'),
  quiz: () => import('./quiz.js'),
  meta: {
    id: 'zombie',
    material: '§1.4, §1.5.1',
    title: { zh: '僵尸进程与孤儿进程', en: 'Zombies and orphans' },
    summary: {
      zh: '子进程退出了，父进程却没有取走它的退出状态，它就成了僵尸进程；父进程先走了，子进程就成了孤儿进程。下面制造真正的僵尸和孤儿，在进程表里看到它们，再把它们回收干净。',
      en: 'A child that has exited but whose parent has not collected its exit status is a zombie; a child whose parent exits first is an orphan. Below, real zombies and orphans are made, seen in the process table, and cleaned up.',
    },
    sections: [
      {
        id: 'zombie',
        title: { zh: '一个真正的僵尸进程，以及回收它', en: 'A real zombie, and reaping it' },
      },
      {
        id: 'orphan',
        title: { zh: '孤儿进程：父进程先走了', en: 'Orphans: the parent leaves first' },
      },
      {
        id: 'pid1',
        title: { zh: '谁来收养：PID 1 与 subreaper', en: 'Who adopts: PID 1 and subreapers' },
      },
    ],
    options: [
      {
        flags: '--hold <s>',
        description: {
          zh: '僵尸保留多少秒（--fast 时缩短为十分之一）',
          en: 'seconds the zombie stays (--fast: a tenth)',
        },
        int: { min: 0, max: 600 },
        default: 10,
      },
      {
        flags: '--python',
        description: {
          zh: '只用材料里的 Python os.fork() 程序制造僵尸，不演示 Node（需要 python3；有 python3 时默认两者都演示）',
          en: "only the material's Python os.fork() program, no Node half (needs python3; with python3 both run by default)",
        },
      },
      {
        flags: '--watch',
        description: {
          zh: '实时视图：原地刷新 proc-lab 的进程树，循环演示僵尸的一生（q 退出，空格暂停）',
          en: "live view: proc-lab's process tree redrawn in place through a zombie's life (q quits, space pauses)",
        },
      },
      {
        flags: '--interval <ms>',
        description: { zh: '--watch 的刷新间隔（毫秒）', en: '--watch refresh interval in ms' },
        int: { min: 100, max: 10_000 },
        default: 1000,
      },
      {
        flags: '--all',
        description: {
          zh: '--watch 时同时列出本机所有僵尸进程',
          en: '--watch also lists every zombie on the machine',
        },
      },
    ],
    examples: [
      'proc-lab zombie',
      'proc-lab zombie --python --hold 30',
      'proc-lab zombie --watch',
      'proc-lab zombie orphan pid1 --fast --lang en',
    ],
  },
};
