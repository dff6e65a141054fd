/**
 * The ordered registry of the commands that are not lessons. The CLI adds one subcommand per
 * entry, after the lessons; each module (`./<name>.ts`) loads only when its command runs.
 * Adding a command: write `src/commands/<name>.ts` (a default export with `run`), then add one
 * entry below.
 */
import type { OptionSpec } from '../lessons/types.js';
import type { CommandEntry } from './types.js';

// Options several exercise commands share.
const dir: OptionSpec = {
  flags: '--dir <dir>',
  description: {
    zh: '练习文件夹（默认 ./proc-lab-exercises，若不存在则为当前文件夹）',
    en: 'the exercises folder (default ./proc-lab-exercises if it exists, else the current one)',
  },
};
const code: OptionSpec = {
  flags: '--code <language>',
  description: { zh: '用哪种语言的文件：py 或 js', en: 'which language file: py or js' },
  choices: ['py', 'js'],
};
const yes: OptionSpec = {
  flags: '--yes',
  description: {
    zh: '不询问，直接确认（没有终端时需要）',
    en: 'confirm without asking (needed without a terminal)',
  },
};
const exercise = {
  syntax: '<exercise>',
  description: {
    zh: '练习名（见 proc-lab exercises）',
    en: 'the exercise (see proc-lab exercises)',
  },
};
const maybeExercise = {
  syntax: '[exercise]',
  description: {
    zh: '练习名；默认为当前文件夹的练习，或下一个未通过的',
    en: "the exercise; default: this folder's, else the next not passed",
  },
};

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
    name: 'trace',
    about: {
      zh: '运行任何程序，看它创建的每个进程：僵尸、孤儿、进程池、留下的进程',
      en: 'run any program and watch every process it creates: zombies, orphans, pools, leftovers',
    },
    args: [
      {
        syntax: '[command...]',
        description: {
          zh: '要跟踪的命令和参数（直接运行，不经过 shell）',
          en: 'the command to trace and its arguments (run directly, never through a shell)',
        },
      },
    ],
    options: [
      {
        flags: '--observer <kind>',
        description: {
          zh: '谁来观察：strace、每 10 ms 轮询 /proc、ps，或 auto（有 strace 就用）',
          en: 'who watches: strace, /proc polled every 10 ms, ps, or auto (strace when it works)',
        },
        choices: ['auto', 'strace', 'proc', 'ps'],
        default: 'auto',
      },
      {
        flags: '--max-procs <n>',
        description: {
          zh: '同时存活的进程超过这么多就结束整个进程树（防止 fork 炸弹）',
          en: 'end the whole tree when more processes than this are alive at once (a fork bomb)',
        },
        int: { min: 1, max: 100000 },
        default: 64,
      },
      {
        flags: '--timeout <s>',
        description: {
          zh: '运行超过这么多秒就结束整个进程树（退出码 124）',
          en: 'end the whole tree after this many seconds (exit code 124)',
        },
        number: { min: 0.1, max: 86400 },
      },
      {
        flags: '--material <name>',
        description: {
          zh: '用 python3 运行材料里的程序：pool、zombie 或 executor',
          en: "run one of the material's programs with python3: pool, zombie or executor",
        },
        choices: ['pool', 'zombie', 'executor'],
      },
    ],
    examples: [
      'proc-lab trace --material zombie',
      'proc-lab trace --observer proc -- python3 my_pool.py',
      'proc-lab trace --json --max-procs 20 -- node fork-bomb.js',
    ],
    passThrough: true,
    load: () => import('./trace.js'),
  },
  {
    name: 'progress',
    about: { zh: '查看学过的课程和测验成绩', en: 'finished lessons and best quiz scores' },
    options: [
      {
        flags: '--reset',
        description: {
          zh: '清除进度（在终端里会先确认）',
          en: 'clear the progress (asks first in a terminal)',
        },
      },
      { flags: '--yes', description: { zh: '清除前不再确认', en: 'do not ask before clearing' } },
    ],
    examples: ['proc-lab progress', 'proc-lab progress --reset', 'proc-lab progress --reset --yes'],
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
  {
    name: 'exercises',
    about: {
      zh: '练习：自己写程序，按它的进程真正做了什么来检查',
      en: 'exercises: write programs, checked by what their processes really do',
    },
    args: [
      {
        syntax: '[what]',
        description: {
          zh: 'init 写出起始文件，或一个练习名以显示题目；不写则列出全部',
          en: 'init to write the starters, or an exercise to show its statement; none lists them',
        },
      },
      {
        syntax: '[dir]',
        description: {
          zh: 'init 写到哪里（默认 ./proc-lab-exercises）',
          en: 'where init writes (default ./proc-lab-exercises)',
        },
      },
    ],
    examples: [
      'proc-lab exercises',
      'proc-lab exercises init',
      'proc-lab exercises pool-async',
      'proc-lab exercises --json',
    ],
    load: () => import('./exercises.js'),
  },
  {
    name: 'verify',
    about: {
      zh: '在跟踪器下运行你的练习，逐条检查规则',
      en: 'run your exercise under the tracer and check each rule',
    },
    args: [maybeExercise],
    options: [
      {
        flags: '--file <file>',
        description: { zh: '检查这个文件（.py 或 .mjs）', en: 'check this file (.py or .mjs)' },
      },
      dir,
      code,
      {
        flags: '--timeout <seconds>',
        description: { zh: '运行时间上限（秒）', en: 'time limit for the program, in seconds' },
        int: { min: 1, max: 300 },
      },
    ],
    examples: [
      'proc-lab verify',
      'proc-lab verify pool-async --code js',
      'proc-lab verify orphan --file orphan.py --json',
    ],
    load: () => import('./verify.js'),
  },
  {
    name: 'watch',
    about: {
      zh: '每次保存都重新检查（h 提示、n 下一个、l 列表、q 退出）',
      en: 'check again on every save (h hint, n next, l list, q quit)',
    },
    args: [maybeExercise],
    options: [dir, code],
    examples: ['proc-lab watch', 'proc-lab watch zombie-reap --code py'],
    load: () => import('./watch.js'),
  },
  {
    name: 'hint',
    about: {
      zh: '练习的提示：先第 1 级，再第 2 级',
      en: "an exercise's hint: level 1, then level 2",
    },
    args: [exercise],
    options: [
      {
        flags: '--level <n>',
        description: { zh: '显示第几级提示', en: 'show this hint level' },
        int: { min: 1, max: 2 },
      },
    ],
    examples: ['proc-lab hint zombie-make', 'proc-lab hint zombie-make --level 2'],
    load: () => import('./hint.js'),
  },
  {
    name: 'solution',
    about: {
      zh: '参考答案（通过之后，或确认之后）',
      en: 'a reference solution (after passing, or after a confirmation)',
    },
    args: [exercise],
    options: [code, dir, yes],
    examples: ['proc-lab solution pipe', 'proc-lab solution pipe --code js --yes'],
    load: () => import('./solution.js'),
  },
  {
    name: 'reset',
    about: {
      zh: '把你的文件恢复成起始文件（需确认）',
      en: 'put the starter back in place of your file (after a confirmation)',
    },
    args: [exercise],
    options: [code, dir, yes],
    examples: ['proc-lab reset orphan', 'proc-lab reset orphan --code py --yes'],
    load: () => import('./reset.js'),
  },
];
