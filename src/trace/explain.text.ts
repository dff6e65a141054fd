/** The explanations at the end of a trace, in the lessons' words, filled with this run's numbers. */
import type { Bi } from '../i18n/index.js';

export const explainText = {
  zombieLate: {
    zh: 'PID {pid} 当了 {s} 的僵尸进程：它已经退出，父进程 {ppid} 直到那时才调用 wait() 取走它的退出状态。',
    en: 'PID {pid} was a zombie for {s}: it had exited, and its parent {ppid} called wait() for its exit status only then.',
  },
  zombieParentGone: {
    zh: 'PID {pid} 当了 {s} 的僵尸进程：父进程 {ppid} 一直没有调用 wait()，父进程退出时僵尸才消失（它被过继给 {by}，由 {by} 回收）。',
    en: 'PID {pid} was a zombie for {s}: its parent {ppid} never called wait(), and the zombie went when the parent exited (adopted and reaped by {by}).',
  },
  zombieOther: {
    zh: 'PID {pid} 当了 {s} 的僵尸进程，最后由 {by} 回收。',
    en: 'PID {pid} was a zombie for {s}, and was reaped by {by} in the end.',
  },
  moreZombies: {
    zh: '另外还有 {n} 个僵尸进程（见上表）。',
    en: 'More zombies: {n} (see the table).',
  },
  orphanOne: {
    zh: '1 个孤儿进程：PID {pids} 的父进程先退出了，它被过继给 {to}（{who}）。',
    en: '1 orphan: the parent of PID {pids} exited first, and it was adopted by {to} ({who}).',
  },
  orphanMany: {
    zh: '{n} 个孤儿进程：PID {pids} 的父进程先退出了，它们被过继给 {to}（{who}）。',
    en: '{n} orphans: the parents of PIDs {pids} exited first, and they were adopted by {to} ({who}).',
  },
  whoSubreaper: { zh: 'proc-lab 的子进程收割者', en: "proc-lab's subreaper" },
  whoInit: { zh: 'PID 1', en: 'PID 1' },
  whoOther: { zh: '最近的 subreaper', en: 'the nearest subreaper' },
  pool: {
    zh: 'PID {ppid} 的 {n} 个工作进程（{pids}）同时存活了约 {s}，没有再启动别的子进程：这是进程池，所有任务都由这几个进程反复执行。',
    en: 'PID {ppid} had {n} worker processes ({pids}) alive side by side for about {s}, and started no other child: a pool, reusing those processes for every task.',
  },
  perTask: {
    zh: 'PID {ppid} 启动了 {n} 个子进程，平均每个只活 {avg}，最多同时 {max} 个：每个任务一个新进程（进程池会一次启动几个并反复使用）。',
    en: 'PID {ppid} started {n} child processes, each living {avg} on average, at most {max} at once: a new process per task (a pool starts a few once and reuses them).',
  },
  forks: {
    zh: 'fork 之后没有 exec 的进程：{n} 个（{pids}）。它们是父进程的副本，继续运行父进程的程序，就像 os.fork() 和 multiprocessing 的 fork 启动方式。',
    en: "Forked without exec: {n} ({pids}). Copies of their parent, running its program on, as os.fork() and multiprocessing's fork start method make.",
  },
  execs: {
    zh: '调用了 exec、换成新程序的进程：{n} 个（{names}）。PID 不变，程序换了，就像 subprocess 和 spawn 启动方式。',
    en: 'Exec’d a new program: {n} ({names}). The same PID, another program, as subprocess and the spawn start method do.',
  },
  leftBehind: {
    zh: '程序结束时仍在运行的进程：{n} 个（{pids}）。跟踪结束前都已由 proc-lab 结束并回收，什么也没有留下。',
    en: 'Still running when the program ended: {n} ({pids}). proc-lab ended and reaped them before the trace ended, so nothing is left.',
  },
  tidy: {
    zh: '每个子进程都被父进程及时回收（没有僵尸超过 {ms} ms），没有孤儿，也没有留下进程。',
    en: 'Every child was reaped by its parent promptly (no zombie lasted {ms} ms), there was no orphan, and nothing was left running.',
  },
  see: { zh: '（讲解：proc-lab {lesson}）', en: '(taught in: proc-lab {lesson})' },
} satisfies Record<string, Bi>;
