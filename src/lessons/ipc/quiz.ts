/** Questions for the `ipc` lesson (material §1.1, §1.2); two are settled by live demos. */
import { fmt } from '../../i18n/index.js';
import type { Quiz } from '../types.js';
import { race, tryProcess } from './shm.js';

const quiz: Quiz = {
  lesson: 'ipc',
  questions: [
    {
      id: 'ipc.order',
      prompt: {
        zh: '三个生产者进程经 IPC 通道各给同一个消费者发一串编号的消息。消费者收到的顺序是？',
        en: 'Three producer processes each send numbered messages to one consumer over the IPC channel. In what order do they arrive?',
      },
      choices: [
        {
          zh: '先收完第一个的，再第二个，再第三个',
          en: 'all of the first, then the second, then the third',
        },
        {
          zh: '每个生产者自己的顺序不变，但几个生产者交错',
          en: 'each producer’s own order is kept, but producers interleave',
        },
        { zh: '完全随机，同一个生产者的也会乱序', en: 'random, even within one producer' },
      ],
      answer: 1,
      explain: {
        zh: '一条通道先进先出，所以同一发送方的顺序保持；几个发送方谁先被调度由操作系统决定，于是交错。proc-lab ipc queue 会数出乱序和交错的次数。',
        en: 'One channel is first in, first out, so each sender’s order holds; which sender runs first is up to the scheduler, so they interleave. proc-lab ipc queue counts both.',
      },
    },
    {
      id: 'ipc.epipe',
      prompt: {
        zh: '管道的读端进程被杀死了，写端（一个 Node 程序）还在写。写端会怎样？',
        en: 'The reading process of a pipe is killed while the writer, a Node program, is still writing. What happens to the writer?',
      },
      choices: [
        { zh: '永远阻塞在 write 上', en: 'it blocks in write forever' },
        { zh: '下一次写入以 EPIPE 错误失败', en: 'its next write fails with EPIPE' },
        { zh: '数据留在管道里，等新的读端', en: 'the data waits in the pipe for a new reader' },
      ],
      answer: 1,
      explain: {
        zh: '没有读端的管道再写，内核发 SIGPIPE；Node 忽略这个信号，于是写入以 EPIPE 失败（C 程序默认会被 SIGPIPE 杀死）。proc-lab ipc pipe 会演示并量出间隔。',
        en: 'Writing to a pipe with no reader makes the kernel raise SIGPIPE; Node ignores it, so the write fails with EPIPE (a C program dies of SIGPIPE by default). proc-lab ipc pipe shows it and times it.',
      },
    },
    {
      id: 'ipc.shared-buffer',
      prompt: {
        zh: '能不能把一块 SharedArrayBuffer 交给 Node 子进程，让父子进程共享它？',
        en: 'Can a Node parent hand a SharedArrayBuffer to a child process so both share it?',
      },
      choices: [
        { zh: '能，用 process.send 发过去就行', en: 'yes, just process.send it' },
        {
          zh: '不能：它无法跨进程传递，只有同一进程的线程能共享',
          en: 'no: it cannot cross a process boundary; only threads of one process share it',
        },
        { zh: '能，但只能只读', en: 'yes, but read-only' },
      ],
      answer: 1,
      explain: {
        zh: '进程各有各的地址空间。Node 没有内置的进程间共享内存，SharedArrayBuffer 只在线程之间共享；Python 的 shared_memory 则是让操作系统把同一块内存映射进几个进程。',
        en: 'Each process has its own address space. Node has no built-in memory shared between processes; a SharedArrayBuffer is shared between threads only. Python’s shared_memory has the OS map one block into several processes.',
      },
      async live(ctx) {
        const r = await tryProcess(ctx);
        return fmt(
          {
            zh: '子进程 PID {pid}：发送失败，“{error}”',
            en: 'child PID {pid}: the send fails, “{error}”',
          },
          { pid: r.pid, error: r.error || '—' },
        );
      },
    },
    {
      id: 'ipc.lost-updates',
      prompt: {
        zh: '两个线程不加锁，各自把共享内存里的同一个计数器加 1，重复 200,000 次。结果是？',
        en: 'Two threads each add 1 to the same counter in shared memory 200,000 times, without a lock. The result?',
      },
      choices: [
        { zh: '正好 400,000', en: 'exactly 400,000' },
        { zh: '不超过 400,000，通常更少', en: 'at most 400,000, usually less' },
        { zh: '超过 400,000', en: 'more than 400,000' },
      ],
      answer: 1,
      explain: {
        zh: '“读出、加一、写回”不是一步完成的：两个线程读到同一个旧值，其中一次更新就被覆盖。加信号量（锁）或用 Atomics.add 才准确。',
        en: 'Read, add one, write back is not one step: two threads read the same old value and one update is overwritten. A semaphore (lock) or Atomics.add makes it exact.',
      },
      async live(ctx) {
        const n = 200_000;
        const r = await race(ctx, 2, n, 'none');
        return fmt(
          {
            zh: '本次结果 {actual}，丢了 {lost} 次更新',
            en: 'this time {actual}: {lost} updates lost',
          },
          { actual: r.actual.toLocaleString('en'), lost: (2 * n - r.actual).toLocaleString('en') },
        );
      },
    },
    {
      id: 'ipc.manager',
      prompt: {
        zh: '三个进程各对同一个 multiprocessing.Manager 字典的代理执行 2000 次 d["c"] += 1，不加锁。CPython 里最后 d["c"] 是？',
        en: 'Three processes each run d["c"] += 1 2000 times on a proxy of one multiprocessing.Manager dict, without a lock. In CPython, d["c"] ends at?',
      },
      choices: [
        {
          zh: '正好 6000：管理器进程一次只处理一个请求',
          en: 'exactly 6000: the manager handles one request at a time',
        },
        {
          zh: '通常少于 6000：+= 是先读后写两次请求',
          en: 'usually below 6000: += is a read request, then a write request',
        },
        { zh: '超过 6000', en: 'more than 6000' },
      ],
      answer: 1,
      explain: {
        zh: 'CPython 的管理器进程给每个连接开一个线程，代理上的 += 是先读（__getitem__）再写（__setitem__）：两次请求之间别的进程的写入会被覆盖。用 with m.Lock(): 包住就准确。proc-lab ipc manager 会在旁边跑给你看。',
        en: 'CPython’s manager serves each connection on its own thread, and += on a proxy is a read (__getitem__) and then a write (__setitem__): another process’s write between the two is overwritten. Inside with m.Lock(): it is exact. proc-lab ipc manager runs it beside the lesson.',
      },
    },
    {
      id: 'ipc.pipebuf',
      prompt: {
        zh: '几个进程同时往同一条管道里写，每条记录用一次 write() 写出。哪些记录保证不会和别人的字节掺在一起？',
        en: 'Several processes write to one pipe at once, each record with one write(). Which records are sure never to be mixed with another writer’s bytes?',
      },
      choices: [
        {
          zh: '所有记录：一次 write() 总是原子的',
          en: 'all of them: one write() is always atomic',
        },
        {
          zh: '不超过 PIPE_BUF（Linux 上 4096 字节）的记录',
          en: 'records of at most PIPE_BUF (4096 bytes on Linux)',
        },
        { zh: '都不保证', en: 'none of them' },
      ],
      answer: 1,
      explain: {
        zh: 'POSIX 只保证不超过 PIPE_BUF 的 write() 整块进入管道；更大的会分几段写，中间可能插进别人的字节。proc-lab ipc pipebuf 会数出被撕裂的记录。',
        en: 'POSIX promises only that a write() of at most PIPE_BUF enters the pipe whole; a larger one goes in part by part, and another writer’s bytes can land in between. proc-lab ipc pipebuf counts the torn records.',
      },
    },
  ],
};

export default quiz;
