/** Words of the `shm` part. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  processesIntro: {
    zh: '先试试进程：把一块 SharedArrayBuffer（共享内存）通过 IPC 交给子进程。',
    en: 'Processes first: hand a SharedArrayBuffer (shared memory) to a child process over IPC.',
  },
  processesRefused: {
    zh: '子进程 PID {pid}：发送失败，Node 报错 “{error}”',
    en: 'child PID {pid}: the send fails; Node says “{error}”',
  },
  threadsIntro: {
    zh: '再看线程：{threads} 个线程（都在 PID {pid} 里）拿到同一块共享内存，各自把同一个计数器加 1，重复 {n} 次。先不加锁：每次“读出、加一、写回”，读和写各自是原子的，但两步之间别的线程可能已经写过了。',
    en: 'Now threads: {threads} threads (all inside PID {pid}) get the same shared memory and each add 1 to one counter {n} times. First without a lock: each step "read, add one, write back" has an atomic read and an atomic write, but another thread may write in between.',
  },
  modeNone: { zh: '不加锁', en: 'no lock' },
  modeSemaphore: { zh: '信号量（锁）', en: 'semaphore (lock)' },
  modeAdd: { zh: 'Atomics.add', en: 'Atomics.add' },
  colMode: { zh: '方式', en: 'how' },
  colExpected: { zh: '应得', en: 'expected' },
  colActual: { zh: '实得', en: 'actual' },
  colLost: { zh: '丢失', en: 'lost' },
  colTime: { zh: '用时', en: 'time' },
  threadsSame: {
    zh: '这 {runs} 轮每轮新开 {threads} 个线程（各轮的线程号：{tids}），它们报告的 PID 都是 {pid}：都是同一个进程里的线程，所以才能共用这块内存。',
    en: 'Each of the {runs} runs started {threads} new threads (thread ids by run: {tids}), and all of them report PID {pid}: they are threads of one process, which is why they can share this memory.',
  },
  raceHolds: {
    zh: '不加锁时丢了 {lost} 次更新：两个线程读到同一个旧值、各自加一、先后写回，其中一次更新就被覆盖了。这叫竞态条件，丢多少每次都不一样。',
    en: 'Without a lock {lost} updates were lost: two threads read the same old value, each adds one, both write back, and one update is overwritten. That is a race condition, losing a different amount every run.',
  },
  raceFails: {
    zh: '这一次不加锁也没丢更新（丢了 {lost} 次，共 {expected} 次）：{threads} 个线程很少同时在跑。竞态要两个线程同时碰这个计数器才会发生，丢多少每次都不一样，也可能一次都不丢。',
    en: 'This run lost no update without a lock ({lost} of {expected}): the {threads} threads seldom ran at the same moment. A race needs two threads touching the counter at once; the loss differs every run and can be none.',
  },
  explainRace: {
    zh: '信号量（这里只有 1 个许可，也就是一把锁）让“读、加、写”三步一次只由一个线程做，结果分毫不差，但线程要排队。Atomics.add 让 CPU 用一条原子指令完成这三步，结果准确，也不用排队等锁，但只适用于这种简单操作。',
    en: 'The semaphore (with only 1 permit here: a lock) lets only one thread at a time do read-add-write, so the count is exact, but threads queue. Atomics.add has the CPU do all three steps as one atomic instruction: exact, with no lock to queue on, but only for simple operations like this.',
  },
  correction: {
    zh: '材料 §1.1 写的“共享资环”是笔误，正确的术语是“共享内存”（shared memory）。',
    en: 'The material’s §1.1 misspells the Chinese term for shared memory (two wrong characters in place of the word for memory); the term is shared memory.',
  },
  explainProcesses: {
    zh: '材料讲的是进程：Python 的 multiprocessing.Value、Array 和 shared_memory 让操作系统把同一块内存（/dev/shm 里的一段）映射进几个进程，再用 multiprocessing.Lock 或 Semaphore 保护，竞态和解决办法都和上面一样。Node 没有内置的进程间共享内存：SharedArrayBuffer 只能在同一进程的线程之间共享，跨进程只能复制（消息、管道）或交给一个管理者进程。想在 Node 里共享内存，就用线程。',
    en: 'The material speaks of processes: Python’s multiprocessing.Value, Array and shared_memory have the OS map one block of memory (a file in /dev/shm) into several processes, guarded by multiprocessing.Lock or Semaphore; the race and the cure are the same as above. Node has no built-in memory shared between processes: a SharedArrayBuffer is shared only by the threads of one process, and between processes data is copied (messages, pipes) or kept by a manager process. To share memory in Node, use threads.',
  },
} satisfies Record<string, Bi>;
