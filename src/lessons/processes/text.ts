/** The `processes` lesson's words (material §1.1), kept apart from its logic. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  pidsIntro: {
    zh: '我（proc-lab 主进程）的 PID 是 {pid}。现在启动 {n} 个子进程，每个子进程报告自己的 PID 和父进程的 PID（PPID）。',
    en: 'I, the proc-lab main process, have PID {pid}. Now I start {n} children; each reports its own PID and its parent’s PID (PPID).',
  },
  pidsRow: { zh: '子进程', en: 'child' },
  pidsExplain: {
    zh: '每个子进程都有自己独一无二的 PID，而它们的 PPID 都是 {pid}，也就是我。操作系统以进程为单位分配资源：内存、打开的文件、CPU 时间，都记在某个 PID 名下。',
    en: 'Each child has a PID of its own, and every PPID is {pid}: me. The operating system hands out resources per process: memory, open files and CPU time are all accounted to a PID.',
  },
  memoryIntro: {
    zh: '主进程里有一个变量 counter = {value}。把它的值交给子进程，子进程把自己那份改成 {changed}。',
    en: 'The main process has a variable counter = {value}. It hands the value to a child, and the child changes its own copy to {changed}.',
  },
  memoryChild: {
    zh: '子进程 PID {pid}：我的 counter = {value}',
    en: 'child PID {pid}: my counter = {value}',
  },
  memoryParent: {
    zh: '主进程 PID {pid}：我的 counter 仍然是 {value}',
    en: 'main PID {pid}: my counter is still {value}',
  },
  memoryProcessesExplain: {
    zh: '子进程改的是自己的副本，父进程看不到。每个进程有自己的地址空间，这正是进程“相互独立”的含义。顺带一提：Node 的 fork() 会启动一个全新的 node 程序，并不像 Python 的 os.fork() 那样复制父进程的内存，但结论一样：两份内存，互不可见。',
    en: 'The child changed its own copy; the parent never sees it. Every process has its own address space: that is what "independent" means. Note that Node’s fork() starts a fresh node program rather than copying the parent’s memory like Python’s os.fork(), but the point is the same: two memories, invisible to each other.',
  },
  memoryThreadsIntro: {
    zh: '再看线程：两个线程拿到同一块 SharedArrayBuffer（共享内存）。线程 A 写入 {value}，线程 B 读取。',
    en: 'Now threads: two threads get the same SharedArrayBuffer (shared memory). Thread A writes {value}; thread B reads it.',
  },
  memoryThread: {
    zh: '线程 {name}（PID {pid}，线程号 {tid}）：{action} {value}',
    en: 'thread {name} (PID {pid}, thread id {tid}): {action} {value}',
  },
  wrote: { zh: '写入', en: 'wrote' },
  read: { zh: '读到', en: 'read' },
  memoryThreadsExplain: {
    zh: '两个线程的 PID 都是 {pid}：它们属于同一个进程，共用一块内存，一方写入另一方立刻就能看到。进程之间做不到这一点，要交换数据就得借助管道、消息队列、共享内存等进程间通信（IPC）机制，见 ipc 一课。',
    en: 'Both threads report PID {pid}: they live in one process and share its memory, so a write by one is seen by the other at once. Processes cannot do this; to exchange data they need inter-process communication (IPC): pipes, queues, shared memory. See the ipc lesson.',
  },
  stabilityIntro: {
    zh: '启动三个子进程：一个抛出未捕获的异常，一个以退出码 3 退出，一个被 SIGKILL 强行杀死。主进程会怎样？',
    en: 'Three children: one throws an uncaught exception, one exits with code 3, one is killed with SIGKILL. What happens to the main process?',
  },
  stabilityRow: {
    zh: '子进程 PID {pid}（{what}）：{how}',
    en: 'child PID {pid} ({what}): {how}',
  },
  exitCode: { zh: '退出码 {code}', en: 'exit code {code}' },
  exitSignal: { zh: '被信号 {signal} 结束', en: 'ended by signal {signal}' },
  whatThrow: { zh: '抛出异常', en: 'throws' },
  whatExit: { zh: '调用 exit(3)', en: 'calls exit(3)' },
  whatKill: { zh: '被 kill -9', en: 'gets kill -9' },
  stabilitySurvivor: {
    zh: '主进程 PID {pid} 仍在运行（已运行 {ms}），并且知道每个子进程是怎么结束的。',
    en: 'Main process PID {pid} is still running ({ms} so far) and knows how each child ended.',
  },
  stabilityExplain: {
    zh: '这就是“稳定性高”：进程之间有操作系统隔离，一个崩溃只结束它自己。父进程通过退出码或信号得知子进程的结局，可以记录、重启或放弃它。换成同一进程里的线程，一个未捕获的异常可能让整个程序一起结束。',
    en: 'This is the stability the material means: the operating system isolates processes, so a crash ends only the one that crashed. The parent learns each child’s fate from its exit code or signal and can log it, restart it or give up. Threads inside one process have no such wall: one uncaught error can end the whole program.',
  },
  multicoreIntro: {
    zh: '同一个计算密集的任务（数出 {limit} 以内的质数），先用 1 个进程，再分给 {n} 个进程（本机 os.availableParallelism() = {n}）。',
    en: 'One CPU-bound job (counting the primes below {limit}), first on 1 process, then split over {n} processes (os.availableParallelism() = {n} on this machine).',
  },
  multicoreRow: {
    zh: '{n} 个进程：{ms}，数到 {count} 个质数',
    en: '{n} process(es): {ms}, found {count} primes',
  },
  multicoreSpeedup: {
    zh: '加速比 {speedup}×（理想值 {n}×）',
    en: 'speed-up {speedup}× (ideal {n}×)',
  },
  multicoreExplain: {
    zh: '每个进程可以跑在不同的 CPU 核上，所以计算密集的工作分给多个进程会变快。但加速比总是低于核数：启动进程本身要时间，任务切分得不完全均匀，而且同一台机器上的其他程序也在抢 CPU。核数越多，这些开销越明显。',
    en: 'Each process can run on its own CPU core, so CPU-bound work split over processes finishes sooner. The speed-up stays below the number of cores: starting the processes takes time, the split is never perfectly even, and other programs on the machine compete for the same cores.',
  },
  costIntro: {
    zh: '材料说进程的创建和切换成本高。量一量：启动一个子进程、启动一个线程、调用一次函数，各自的中位数耗时（各 {k} 次）。',
    en: 'The material says processes are costly to create and switch. Measure it: the median time to start a child process, to start a thread and to call a function ({k} runs each).',
  },
  costProcess: { zh: '启动子进程', en: 'start a process' },
  costThread: { zh: '启动线程', en: 'start a thread' },
  costCall: { zh: '调用函数', en: 'call a function' },
  costMemProcess: { zh: '子进程内存 (RSS)', en: 'process memory (RSS)' },
  costMemThread: { zh: '每个线程增加的内存', en: 'memory per thread' },
  costRatio: {
    zh: '启动一个进程约是启动一个线程的 {ratio} 倍，是一次函数调用的 {calls} 倍。',
    en: 'Starting a process costs about {ratio}× a thread and {calls}× a function call.',
  },
  costExplain: {
    zh: '新进程要有自己的地址空间、自己的 V8 堆和事件循环，还要从磁盘加载 node 本身；线程共用进程的内存和已加载的代码，只需新建一个栈和一个 V8 实例；函数调用什么都不用建。所以需要反复做小任务时，不要每次都开新进程，而是用进程池复用（见 pool 一课）。',
    en: 'A new process needs its own address space, its own V8 heap and event loop, and has to load node itself; a thread shares the process’s memory and loaded code and needs only a stack and a V8 isolate; a function call creates nothing. So for many small tasks, do not start a process each time: reuse a pool of them (see the pool lesson).',
  },
} satisfies Record<string, Bi>;
