/** Questions for the `processes` lesson (material §1.1). */
import { Worker } from 'node:worker_threads';
import { fmt } from '../../i18n/index.js';
import { demo } from '../../runtime/demo.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { ms } from '../../ui/format.js';
import type { Quiz } from '../types.js';

const quiz: Quiz = {
  lesson: 'processes',
  questions: [
    {
      id: 'processes.ppid',
      prompt: {
        zh: '同一个父进程启动了三个子进程。它们的 PPID 会是什么？',
        en: 'One parent starts three children. What are their PPIDs?',
      },
      choices: [
        { zh: '各不相同', en: 'all different' },
        { zh: '都等于父进程的 PID', en: "all equal to the parent's PID" },
        { zh: '都是 1', en: 'all 1' },
        { zh: '等于各自的 PID', en: 'each equal to its own PID' },
      ],
      answer: 1,
      explain: {
        zh: 'PPID 就是“父进程的 PID”。三个子进程有同一个父亲，所以 PPID 相同，而各自的 PID 不同。',
        en: "PPID means the parent's PID. The three share one parent, so their PPIDs match while their own PIDs differ.",
      },
      async live(ctx) {
        const kids = [0, 1, 2].map(() => ctx.demo('report'));
        const hellos = await Promise.all(
          kids.map((k) => waitMessage<{ pid: number; ppid: number }>(k, 'hello')),
        );
        for (const k of kids) k.send({ type: 'bye' });
        await Promise.all(kids.map(waitExit));
        const list = hellos.map((h) => `${h.pid}→${h.ppid}`).join(', ');
        return fmt(
          { zh: 'PID→PPID：{list}；我的 PID 是 {me}', en: 'PID→PPID: {list}; my PID is {me}' },
          { list, me: process.pid },
        );
      },
    },
    {
      id: 'processes.memory',
      prompt: {
        zh: '子进程把从父进程那里得到的 counter = 100 改成 999。父进程里的 counter 是多少？',
        en: 'A child changes the counter = 100 it got from its parent to 999. What is the parent’s counter now?',
      },
      choices: [
        { zh: '999', en: '999' },
        { zh: '100', en: '100' },
        { zh: '父进程会崩溃', en: 'the parent crashes' },
      ],
      answer: 1,
      explain: {
        zh: '每个进程有自己的内存，子进程改的是自己的副本。要让父进程知道，必须通过 IPC 把值发回来。',
        en: 'Each process has its own memory; the child changed its own copy. To tell the parent, it must send the value back through IPC.',
      },
      async live(ctx) {
        // The parent's own variable, read after the child has changed its copy.
        const mine = { counter: 100 };
        const child = ctx.demo('memory-child', [String(mine.counter), '999']);
        await waitMessage(child, 'memory');
        const after = await waitMessage<{ value: number; pid: number }>(child, 'memory');
        await waitExit(child);
        const counter = mine.counter;
        return fmt(
          {
            zh: '子进程 {pid} 的 counter = {child}，父进程的 counter = {parent}',
            en: 'child {pid}: counter = {child}; parent: counter = {parent}',
          },
          { pid: after.pid, child: after.value, parent: counter },
        );
      },
    },
    {
      id: 'processes.kill',
      prompt: {
        zh: '父进程的一个子进程被 kill -9 杀死了。父进程会怎样？',
        en: 'One of a parent’s children is killed with kill -9. What happens to the parent?',
      },
      choices: [
        { zh: '父进程也一起结束', en: 'the parent ends too' },
        {
          zh: '父进程继续运行，并得知子进程被 SIGKILL 结束',
          en: 'the parent keeps running and learns the child died of SIGKILL',
        },
        { zh: '所有子进程都被杀死', en: 'every child is killed' },
      ],
      answer: 1,
      explain: {
        zh: '进程之间相互隔离：一个进程崩溃或被杀，只影响它自己。父进程从退出状态里看到信号名。',
        en: 'Processes are isolated: one crashing or being killed affects only itself. The parent sees the signal in its exit status.',
      },
      async live(ctx) {
        const child = ctx.demo('crash', ['hang']);
        await waitMessage(child, 'ready');
        child.kill('SIGKILL');
        const { signal } = await waitExit(child);
        return fmt(
          {
            zh: '子进程 {pid} 被 {signal} 结束；父进程 {me} 仍在运行',
            en: 'child {pid} ended by {signal}; parent {me} still running',
          },
          { pid: child.pid ?? '?', signal: signal ?? '?', me: process.pid },
        );
      },
    },
    {
      id: 'processes.cost',
      prompt: {
        zh: '启动一个子进程和启动一个线程，哪个更快？',
        en: 'Which starts faster: a child process or a thread?',
      },
      choices: [
        { zh: '子进程', en: 'the child process' },
        { zh: '线程', en: 'the thread' },
        { zh: '一样快', en: 'they take the same time' },
      ],
      answer: 1,
      explain: {
        zh: '新进程要建立自己的地址空间、加载 node；线程共用进程的内存和已加载的代码，所以便宜得多。',
        en: 'A new process needs its own address space and must load node; a thread shares the process’s memory and loaded code, so it is much cheaper.',
      },
      async live(ctx) {
        let t0 = performance.now();
        const child = ctx.demo('report');
        await waitMessage(child, 'hello');
        const proc = performance.now() - t0;
        child.send({ type: 'bye' });
        await waitExit(child);
        const where = demo('shared-thread');
        t0 = performance.now();
        const w = new Worker(where.path, {
          execArgv: where.execArgv,
          workerData: { shared: new SharedArrayBuffer(4), action: 'read' },
        });
        await new Promise((r) => w.once('message', r));
        const thread = performance.now() - t0;
        await w.terminate();
        return fmt(
          { zh: '进程 {p}，线程 {t}', en: 'process {p}, thread {t}' },
          { p: ms(proc), t: ms(thread) },
        );
      },
    },
    {
      id: 'processes.shm-term',
      materialError: 4,
      prompt: {
        zh: '材料把进程间通信方式写成“管道、共享资环、消息队列、信号量”。“共享资环”指什么？',
        en: 'The Chinese material lists IPC as pipes, a "shared resource-ring" (a term that does not exist), queues and semaphores. What did it mean?',
      },
      choices: [
        { zh: '笔误，应为“共享内存”（shared memory）', en: 'a typo: it means shared memory' },
        { zh: '一种环形缓冲区', en: 'a kind of ring buffer' },
        { zh: '信号量的别名', en: 'another name for a semaphore' },
      ],
      answer: 0,
      explain: {
        zh: '正确的术语是“共享内存”：几个进程把同一块物理内存映射进各自的地址空间，通常要配合信号量或锁使用。',
        en: 'The term is shared memory: several processes map the same physical memory into their address spaces, usually together with a semaphore or lock.',
      },
    },
  ],
};

export default quiz;
