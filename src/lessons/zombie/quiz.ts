/** Questions for the `zombie` lesson (material §1.4 and the missing §1.5.1). */
import { readFileSync } from 'node:fs';
import { type Bi, fmt } from '../../i18n/index.js';
import { hasProcfs, pid1, readStat } from '../../proctable/index.js';
import { ms } from '../../ui/format.js';
import type { LessonContext, Quiz } from '../types.js';
import { ZombieCycle } from './cycle.js';

/** The lesson's zombie, made and reaped: what the kernel showed at each step. */
async function zombieLife(ctx: LessonContext) {
  const cycle = new ZombieCycle(ctx);
  await cycle.start();
  const z = await cycle.zombie();
  let rss: string | Bi = '?';
  if (hasProcfs) {
    try {
      const status = readFileSync(`/proc/${cycle.childPid}/status`, 'utf8');
      rss = /^VmRSS:\s*(.*)$/m.exec(status)?.[1] ?? {
        zh: '没有（内存已释放）',
        en: 'none (memory freed)',
      };
    } catch {
      // gone already
    }
  }
  const exitCode = hasProcfs ? readStat(cycle.childPid)?.exitCode : undefined;
  await ctx.sleep(ctx.scale(3000));
  const reaped = await cycle.reap();
  await cycle.end();
  return {
    pid: cycle.childPid,
    parent: cycle.parentPid,
    state: z.state,
    rss,
    exitCode: exitCode ?? '?',
    zombieMs: ctx.out.now() - cycle.zombieAt,
    reapMs: reaped.ms,
  };
}

const quiz: Quiz = {
  lesson: 'zombie',
  questions: [
    {
      id: 'zombie.state',
      prompt: {
        zh: '子进程已经退出，而父进程还活着、没有调用 wait()。ps 会怎样显示这个子进程？',
        en: 'A child has exited; its parent is alive and has not called wait(). How does ps show the child?',
      },
      choices: [
        { zh: '不显示，它已经不在了', en: 'not at all: it is gone' },
        { zh: '状态 Z，命令显示为 <defunct>', en: 'state Z, its command shown as <defunct>' },
        { zh: '状态 S，还在睡眠', en: 'state S, still sleeping' },
        { zh: '父进程被一起结束了', en: 'the parent has been ended too' },
      ],
      answer: 1,
      explain: {
        zh: '退出的子进程在父进程 wait() 之前一直留在进程表里，状态是 Z（僵尸），ps 显示为 <defunct>。',
        en: 'An exited child stays in the process table until its parent wait()s for it: state Z (zombie), shown by ps as <defunct>.',
      },
      async live(ctx) {
        const z = await zombieLife(ctx);
        return fmt(
          {
            zh: '子进程 {pid} 退出后状态是 {state}，直到父进程 {parent} 回收它',
            en: 'child {pid} was in state {state} after exiting, until parent {parent} reaped it',
          },
          z,
        );
      },
    },
    {
      id: 'zombie.holds',
      prompt: {
        zh: '一个僵尸进程还占着什么？',
        en: 'What does a zombie still hold?',
      },
      choices: [
        { zh: '它原来的全部内存', en: 'all of its memory' },
        { zh: '打开的文件和网络连接', en: 'its open files and sockets' },
        {
          zh: '只有进程表里的一项：PID、退出状态和用过的 CPU 时间',
          en: 'only its process-table entry: PID, exit status and CPU time used',
        },
        {
          zh: '每秒一点 CPU，用来等待父进程',
          en: 'a little CPU every second, waiting for its parent',
        },
      ],
      answer: 2,
      explain: {
        zh: '进程退出时内核就释放了它的内存和文件，只留下等 wait() 来取的那一项。代价是一个 PID：僵尸太多会把 PID 用光。',
        en: 'When a process exits the kernel frees its memory and files at once, keeping only the entry that waits for wait(). The cost is a PID: too many zombies exhaust the PIDs.',
      },
      async live(ctx) {
        const z = await zombieLife(ctx);
        return fmt(
          {
            zh: '僵尸 {pid} 的 VmRSS：{rss}；内核保存的退出码：{exitCode}',
            en: 'zombie {pid}: VmRSS {rss}; exit code kept by the kernel: {exitCode}',
          },
          z,
        );
      },
    },
    {
      id: 'zombie.blocked',
      prompt: {
        zh: 'Node 父进程的事件循环正阻塞在一次同步的 fs.readSync() 里，这时它的子进程退出了。会怎样？',
        en: 'A Node parent’s event loop is blocked in a synchronous fs.readSync() when its child exits. What happens?',
      },
      choices: [
        { zh: 'libuv 照样立刻回收子进程', en: 'libuv reaps the child at once anyway' },
        {
          zh: '子进程一直是僵尸，直到事件循环重新运转',
          en: 'the child stays a zombie until the event loop runs again',
        },
        { zh: '内核一秒后自动回收它', en: 'the kernel reaps it by itself after a second' },
      ],
      answer: 1,
      explain: {
        zh: 'Node 在事件循环里处理 SIGCHLD 并调用 waitpid()。事件循环被阻塞，就没人来回收。',
        en: 'Node handles SIGCHLD and calls waitpid() from its event loop. While the loop is blocked, nobody reaps.',
      },
      async live(ctx) {
        const z = await zombieLife(ctx);
        return fmt(
          {
            zh: '子进程 {pid} 当了 {zombie} 的僵尸；解除阻塞后 {reap} 就被回收了',
            en: 'child {pid} was a zombie for {zombie}; once unblocked it was reaped within {reap}',
          },
          { pid: z.pid, zombie: ms(z.zombieMs), reap: ms(z.reapMs) },
        );
      },
    },
    {
      id: 'zombie.orphan',
      prompt: {
        zh: '父进程退出了，而它的子进程还在运行。子进程会怎样？',
        en: 'A parent exits while its child still runs. What happens to the child?',
      },
      choices: [
        { zh: '跟着一起结束', en: 'it ends with its parent' },
        { zh: '马上变成僵尸', en: 'it becomes a zombie at once' },
        {
          zh: '照常运行，被最近的 subreaper 或 PID 1 收养',
          en: 'it runs on, adopted by the nearest subreaper or PID 1',
        },
      ],
      answer: 2,
      explain: {
        zh: '它成了孤儿：内核把它的 PPID 改成最近的 subreaper，没有的话就是 PID 1；将来由新父进程 wait() 它。',
        en: 'It is an orphan: the kernel sets its PPID to the nearest subreaper, or else PID 1, and that new parent will wait() for it.',
      },
      async live() {
        const p = await pid1();
        return fmt(
          {
            zh: '这台机器的 PID 1 是 {name}；它会不会回收孤儿，proc-lab zombie pid1 会当场试一试',
            en: 'PID 1 here is {name}; whether it reaps orphans, proc-lab zombie pid1 tries out live',
          },
          { name: p.name },
        );
      },
    },
  ],
};
export default quiz;
