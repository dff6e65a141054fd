/** Words of `proc-lab zombie --watch`: the caption for each stage, the legend and the keys. */
import type { Bi } from '../../i18n/index.js';

export const stages = {
  started: {
    zh: '阶段 1/5 · 启动：父进程 {parent} 启动了子进程 {child}，随即阻塞了自己的事件循环',
    en: 'Stage 1/5 · started: parent {parent} started child {child}, then blocked its own event loop',
  },
  running: {
    zh: '阶段 2/5 · 运行：子进程 {child} 在运行（状态 S 或 R），父进程 {parent} 阻塞在 read() 里（S）',
    en: 'Stage 2/5 · running: child {child} runs (state S or R); parent {parent} is blocked in read() (S)',
  },
  zombie: {
    zh: '阶段 3/5 · 僵尸：子进程 {child} 已退出，父进程没有 wait()，它只剩进程表里的一项（Z）',
    en: 'Stage 3/5 · zombie: child {child} has exited; its parent has not called wait(), so only its table entry is left (Z)',
  },
  reaped: {
    zh: '阶段 4/5 · 回收：父进程 {parent} 恢复运行，wait() 取走了退出状态，子进程 {child} 从进程表中删除',
    en: 'Stage 4/5 · reaped: parent {parent} runs again; wait() collected the exit status and child {child} left the table',
  },
  gone: {
    zh: '阶段 5/5 · 消失：父进程 {parent} 也退出了，由 proc-lab 回收',
    en: 'Stage 5/5 · gone: parent {parent} has exited too, reaped by proc-lab',
  },
} satisfies Record<string, Bi>;

export type Stage = keyof typeof stages;

export const text = {
  title: {
    zh: 'proc-lab（PID {pid}）的进程树，每 {interval} 刷新一次 · {status}',
    en: 'process tree of proc-lab (PID {pid}), refreshed every {interval} · {status}',
  },
  titleSnapshot: {
    zh: 'proc-lab（PID {pid}）的进程树，快照',
    en: 'process tree of proc-lab (PID {pid}), snapshot',
  },
  round: { zh: '第 {n} 轮', en: 'round {n}' },
  roundPaused: { zh: '第 {n} 轮，已暂停', en: 'round {n}, PAUSED' },
  legend: {
    zh: '状态：R 运行  S 睡眠（等待）  D 不可中断的等待  T 停止  Z 僵尸',
    en: 'states: R running  S sleeping (waiting)  D uninterruptible wait  T stopped  Z zombie',
  },
  keys: { zh: 'q 退出  空格 暂停/继续', en: 'q quit  space pause/resume' },
  others: { zh: '本机其他僵尸进程：', en: 'other zombies on this machine:' },
  noOthers: { zh: '本机没有其他僵尸进程', en: 'no other zombies on this machine' },
  notTty: {
    zh: '不是终端：每个阶段打印一次快照，演示一轮后结束。',
    en: 'Not a terminal: one snapshot per stage, one round, then the end.',
  },
} satisfies Record<string, Bi>;
