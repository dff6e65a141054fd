/** Words for the `processes switch` part: the cost of a context switch, processes vs threads. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  intro: {
    zh: '材料说进程的切换成本高。量一量：两方通过两个 FIFO（命名管道）来回传递一个字节，每一方写完就在 read() 里阻塞，等对方回信。于是每一个来回，双方各让出一次 CPU，也各被唤醒一次。同一段代码先作为两个进程运行，再作为同一个进程里的两个线程运行（各最多 {rounds} 个来回或 {budget}）。',
    en: 'The material says switching between processes is costly. Measure it: two parties pass one byte back and forth through two FIFOs (named pipes); each, after writing, blocks in read() until the other answers. So every round trip makes each side give up the CPU once and be woken once. The same code runs first as two processes, then as two threads of one process (up to {rounds} round trips or {budget} each).',
  },
  processRow: {
    zh: '两个进程（PID {a} 和 {b}）：每个来回 {rtt}（{rounds} 个来回）',
    en: 'two processes (PIDs {a} and {b}): {rtt} per round trip ({rounds} round trips)',
  },
  threadRow: {
    zh: '两个线程（PID {pid}，线程 {a} 和 {b}）：每个来回 {rtt}（{rounds} 个来回）',
    en: 'two threads (PID {pid}, threads {a} and {b}): {rtt} per round trip ({rounds} round trips)',
  },
  switchesRow: {
    zh: '{who} {id}：主动切换 {voluntary} 次，被动切换 {nonvoluntary} 次',
    en: '{who} {id}: {voluntary} voluntary and {nonvoluntary} nonvoluntary context switches',
  },
  whoProcess: { zh: '进程', en: 'process' },
  whoThread: { zh: '线程', en: 'thread' },
  countsExplain: {
    zh: '这些次数来自内核：/proc/<pid>/status 里的 voluntary_ctxt_switches（主动切换：线程自己阻塞了，比如在 read() 里等数据，于是让出 CPU）和 nonvoluntary_ctxt_switches（被动切换：调度器把 CPU 收走了，比如时间片用完，或者刚被唤醒的对方抢占了这个核）。',
    en: 'These counts come from the kernel: voluntary_ctxt_switches in /proc/<pid>/status (the thread blocked by itself, e.g. waiting for data in read(), and gave up the CPU) and nonvoluntary_ctxt_switches (the scheduler took the CPU away: its time slice ran out, or the peer it just woke took over this core).',
  },
  perRoundHolds: {
    zh: '两项加起来，每一方每个来回大约切换一次（这次是每个来回 {perRound} 次）：一个在 read() 里阻塞的线程会睡眠，把 CPU 让给别人。材料说程序在 queue.get 等待时“CPU 不能让出来”，这是错的：在等待的只是这个线程，CPU 在此期间交给了别的线程和进程。',
    en: 'Together, each side is switched out about once per round trip (this time {perRound} per round trip): a thread blocked in read() sleeps and gives the CPU to someone else. The material says that while a program waits in queue.get "the CPU cannot be given up"; that is wrong: only that thread waits, and meanwhile the CPU goes to other threads and processes.',
  },
  perRoundFails: {
    zh: '这次两项加起来是每个来回 {perRound} 次，和“每方每个来回切换一次”不符。',
    en: 'This time the two add up to {perRound} per round trip, which does not match one switch per side per round trip.',
  },
  noCounts: {
    zh: '这里读不到 /proc/thread-self/status（需要 Linux），所以只有耗时，没有切换次数。',
    en: '/proc/thread-self/status cannot be read here (that needs Linux), so there are times but no switch counts.',
  },
  compareHolds: {
    zh: '这次进程之间的来回比线程之间慢（{process} 对 {thread}，{ratio}×）：在两个进程之间切换，CPU 还要换一套页表（地址空间）。',
    en: 'This time a round trip between processes was slower than between threads ({process} against {thread}, {ratio}×): switching between two processes also switches the page tables (the address space).',
  },
  compareFails: {
    zh: '这次进程和线程之间的来回没有明显差别（{process} 对 {thread}，{ratio}×）：切换的大部分工作（保存寄存器、调度、唤醒对方、两次系统调用）对线程和进程是一样的，换页表只多一点点。进程的高成本主要在创建它们（见 cost 一节）和在它们之间传数据（见 ipc 一课）。',
    en: 'This time round trips between processes and between threads did not clearly differ ({process} against {thread}, {ratio}×): most of a switch (saving registers, scheduling, waking the peer, two system calls) is the same for threads and processes, and switching page tables adds little. What makes processes costly is mostly creating them (see the cost part) and passing data between them (see the ipc lesson).',
  },
  noFifo: {
    zh: '这一节需要 mkfifo（命名管道），这里没有，所以跳过。',
    en: 'This part needs mkfifo (named pipes), which is not available here, so it is skipped.',
  },
} satisfies Record<string, Bi>;
