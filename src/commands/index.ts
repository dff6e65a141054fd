/**
 * The ordered registry of the commands that are not lessons. The CLI adds one subcommand per
 * entry, after the lessons; each module (`./<name>.ts`) loads only when its command runs.
 * Adding a command: write `src/commands/<name>.ts` (a default export with `run`), then add one
 * entry below.
 */
import type { CommandEntry } from './types.js';

export const commands: readonly CommandEntry[] = [
  {
    name: 'tour',
    about: {
      zh: '按顺序走完所有课程（课堂演示用）',
      en: 'every lesson in order, for a classroom walkthrough',
    },
    options: [
      { flags: '--from <lesson>', description: { zh: '从这一课开始', en: 'start at this lesson' } },
    ],
    examples: ['proc-lab tour --step', 'proc-lab tour --from pool --speed 2'],
    load: () => import('./tour.js'),
  },
  {
    name: 'quiz',
    about: {
      zh: '先预测、再运行：每课的选择题',
      en: 'predict, then run: multiple-choice questions per lesson',
    },
    args: [{ syntax: '[lesson]', description: { zh: '只测这一课', en: 'only this lesson' } }],
    options: [
      {
        flags: '--answers <letters>',
        description: {
          zh: '脚本评分：按顺序给出答案，如 a,b,c',
          en: 'scripted grading: the answers in order, e.g. a,b,c',
        },
      },
    ],
    examples: ['proc-lab quiz processes', 'proc-lab quiz processes --answers b,b,b,b,a --json'],
    load: () => import('./quiz.js'),
  },
  {
    name: 'progress',
    about: { zh: '查看学过的课程和测验成绩', en: 'finished lessons and best quiz scores' },
    options: [{ flags: '--reset', description: { zh: '清除进度', en: 'clear the progress' } }],
    examples: ['proc-lab progress', 'proc-lab progress --reset'],
    load: () => import('./progress.js'),
  },
  {
    name: 'worker',
    about: {
      zh: 'pool cluster 的工作进程：在任何能连到 Redis 的地方运行，从队列里取任务',
      en: 'a worker of pool cluster: runs anywhere that reaches Redis and takes tasks from the queue',
    },
    options: [
      {
        flags: '--redis <url>',
        description: {
          zh: 'Redis 地址，例如 redis://127.0.0.1:6379',
          en: 'the Redis URL, e.g. redis://127.0.0.1:6379',
        },
        env: 'REDIS_URL',
      },
      {
        flags: '--name <name>',
        description: {
          zh: '显示为“名字:PID”里的名字，默认是主机名',
          en: 'the name part of “name:PID”, the hostname by default',
        },
      },
      {
        flags: '--concurrency <n>',
        description: { zh: '同时运行的任务数', en: 'tasks run at the same time' },
        int: { min: 1, max: 16 },
        default: 1,
      },
      {
        flags: '--queue <name>',
        description: { zh: '队列名，默认 default', en: 'the queue name, default default' },
      },
    ],
    examples: [
      'proc-lab worker --redis redis://127.0.0.1:6379',
      'proc-lab worker --redis redis://:SECRET@teacher-host:6379 --name laptop-3',
      'REDIS_URL=redis://127.0.0.1:6379 proc-lab worker --concurrency 2 --json',
    ],
    load: () => import('./worker.js'),
  },
];
