/** Words for the `processes multicore` and `processes cost` parts. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  multicoreIntro: {
    zh: '同一个计算密集的任务（数出 {limit} 以内的质数），先用 1 个进程，再分给 {n} 个进程（本机 os.availableParallelism() = {n}）。',
    en: 'One CPU-bound job (counting the primes below {limit}), first on 1 process, then split over {n} processes (os.availableParallelism() = {n} on this machine).',
  },
  multicoreRow: {
    zh: '{processes}：{ms}，数到 {count} 个质数（最慢的子进程计算用了 {compute}）',
    en: '{processes}: {ms}, found {count} primes (the slowest child computed for {compute})',
  },
  multicoreSpeedup: {
    zh: '加速比 {speedup}×（理想值 {n}×）',
    en: 'speed-up {speedup}× (ideal {n}×)',
  },
  multicoreWhy: {
    zh: '每个进程可以跑在不同的 CPU 核上，所以计算密集的工作分给多个进程以后，可以同时计算。',
    en: 'Each process can run on a CPU core of its own, so CPU-bound work split over processes can be computed at the same time.',
  },
  multicoreHolds: {
    zh: '这次的数字说明了这一点：分给 {n} 个进程，用时 {many}，而 1 个进程用了 {one}，加速比 {speedup}×。它低于 {n}×，因为启动进程本身要时间，任务切分得不完全均匀，而且同一台机器上的其他程序也在抢这些核。',
    en: 'This run’s numbers show it: split over {n} processes the job took {many}, against {one} on 1 process, a speed-up of {speedup}×. It stays below {n}× because starting the processes takes time, the split is never perfectly even, and other programs on the machine compete for the same cores.',
  },
  multicoreFails: {
    zh: '这次的数字没有说明这一点：分给 {n} 个进程用了 {many}，1 个进程用了 {one}，加速比只有 {speedup}×。',
    en: 'This run’s numbers do not show it: split over {n} processes the job took {many}, and {one} on 1 process, a speed-up of only {speedup}×.',
  },
  multicoreOneCore: {
    zh: '这台机器只有 1 个核：几个进程只能轮流使用它，所以分给多个进程不会更快（这次加速比 {speedup}×）。在多核机器上再试。',
    en: 'This machine has 1 core: processes can only take turns on it, so splitting the job cannot make it faster (a speed-up of {speedup}× this time). Try it on a machine with more cores.',
  },
  costIntro: {
    zh: '材料说进程的创建和切换成本高（切换见 switch 一节）。先量创建：从发出请求到子进程或工作线程的第一行代码开始运行，各自的中位数耗时（各 {k} 次），以及各自多占的内存。',
    en: 'The material says processes are costly to create and to switch (switching: see the switch part). First creating: the median time from asking for a child process or a Worker thread until its first line of code runs ({k} runs each), and the memory each adds.',
  },
  costProcess: { zh: 'Node 子进程', en: 'Node child process' },
  costThread: { zh: 'Node 工作线程', en: 'Node Worker thread' },
  costPyThread: { zh: 'CPython 线程', en: 'CPython thread' },
  costPyFork: { zh: 'CPython os.fork()', en: 'CPython os.fork()' },
  costPySpawn: { zh: 'CPython spawn', en: 'CPython spawn' },
  costMemProcess: { zh: '子进程内存 (RSS)', en: 'process memory (RSS)' },
  costMemThread: { zh: '每个工作线程增加的内存', en: 'memory per Worker thread' },
  costRatio: {
    zh: '这次启动一个子进程用的时间约是启动一个工作线程的 {ratio} 倍。',
    en: 'This time starting a child process took about {ratio}× as long as starting a Worker thread.',
  },
  costWhy: {
    zh: '新进程要有自己的地址空间，还要加载并启动 node 本身（V8 堆、事件循环、模块）；Node 的工作线程共用进程的地址空间，却也要启动一个 V8 实例，带着它自己的堆和事件循环，所以它要几毫秒，而不是几微秒。',
    en: 'A new process needs its own address space and has to load and start node itself (a V8 heap, an event loop, modules); a Node Worker thread shares the process’s address space but still starts a V8 isolate with a heap and an event loop of its own, which is why it takes milliseconds, not microseconds.',
  },
  costHolds: {
    zh: '所以需要反复做小任务时，不要每次都开新进程，而是用进程池复用（见 pool 一课）。',
    en: 'So for many small tasks, do not start a process each time: reuse a pool of them (see the pool lesson).',
  },
  costFails: {
    zh: '这次的数字没有显示启动进程比启动线程更贵：子进程 {process}，工作线程 {thread}。',
    en: 'This run’s numbers do not show a process costing more to start than a thread: child process {process}, Worker thread {thread}.',
  },
  costPython: {
    zh: 'CPython {version} 量同样的东西（从请求到第一行代码运行的中位数）：线程 {thread}，os.fork() {fork}，spawn 启动的新解释器 {spawn}。',
    en: 'CPython {version} measures the same (median time until the first line runs): a thread {thread}, os.fork() {fork}, a new interpreter started by spawn {spawn}.',
  },
  costPythonHolds: {
    zh: '顺序和原因一致：CPython 的线程就是同一个解释器里的一个操作系统线程，什么都不用加载；os.fork() 只复制页表，内存页按写时复制共享；spawn 要从头启动并导入一个新的解释器，和 Node 的 fork() 一样，所以最贵。',
    en: 'The order matches the reasons: a CPython thread is an OS thread inside the same interpreter, with nothing to load; os.fork() copies only the page tables and shares the pages copy-on-write; spawn starts and imports a new interpreter from scratch, like Node’s fork(), so it costs most.',
  },
  costPythonFails: {
    zh: '这次的数字没有排出“线程 < os.fork() < spawn”的顺序：线程 {thread}，os.fork() {fork}，spawn {spawn}。',
    en: 'This run’s numbers do not come out in the order thread < os.fork() < spawn: thread {thread}, os.fork() {fork}, spawn {spawn}.',
  },
  costPythonAbsent: {
    zh: '在 CPython 里，线程是同一个解释器里的操作系统线程，启动不到一毫秒；os.fork() 约一毫秒；spawn 启动的新解释器要几十毫秒。',
    en: 'In CPython a thread is an OS thread inside the same interpreter and starts in well under a millisecond; os.fork() takes about a millisecond; a new interpreter started by spawn takes tens of milliseconds.',
  },
} satisfies Record<string, Bi>;
