/** The `executor` lesson's words for parts 3 to 5: threads or processes, collecting, shutdown. */
import type { Bi } from '../../i18n/index.js';

export const more = {
  // 3. Threads or processes
  compareIntro: {
    zh: '同一个计算任务（数出 {limit} 以内的质数）和同一个等待任务（等 {wait}），各 {jobs} 个，分别交给线程池和进程池（各 {workers} 个 worker）。这台机器有 {cpus} 个 CPU 核。先在主线程里单独跑一次计算任务，作为参照：',
    en: 'The same CPU-bound job (count the primes below {limit}) and the same waiting job (wait {wait}), {jobs} of each, on a thread pool and on a process pool ({workers} workers each). This machine has {cpus} CPU cores. First the CPU job once on its own in the main thread, as a yardstick:',
  },
  cpuAlone: { zh: '单独一次计算：{ms}', en: 'one CPU job alone: {ms}' },
  colExecutor: { zh: '执行器', en: 'executor' },
  colStart: { zh: '启动 worker', en: 'start workers' },
  colCpu: { zh: '计算 ×{jobs}', en: 'CPU ×{jobs}' },
  colWait: { zh: '等待 ×{jobs}', en: 'wait ×{jobs}' },
  colWhere: { zh: '在哪里运行', en: 'ran in' },
  rowThread: { zh: '线程池', en: 'thread pool' },
  rowProcess: { zh: '进程池', en: 'process pool' },
  rowLoop: { zh: '主事件循环（不用池）', en: 'main event loop (no pool)' },
  wherePids: { zh: 'PID {pids}', en: 'PIDs {pids}' },
  whereMain: { zh: '主进程 {pid}', en: 'main PID {pid}' },
  barAlone: { zh: '单独 1 次', en: '1 job alone' },
  barKind: { zh: '{jobs} 个 · {kind}', en: '{jobs} jobs · {kind}' },
  cpuVerdict: {
    zh: '{jobs} 个计算任务逐个串行约需 {serial}；{kind} 实测 {ms}，是单独一次的 {x} 倍。',
    en: '{jobs} CPU jobs one after another would take about {serial}; the {kind} took {ms}, {x} times one job alone.',
  },
  compareNode: {
    zh: 'Node 的每个 worker 线程都有自己的 V8 实例、自己的堆和自己的事件循环，没有 GIL 那样的全局锁，所以计算任务放在线程池里同样能同时用上多个 CPU 核（最多 {cpus} 个）。线程启动更快、更省内存；进程彼此隔离：一个崩溃拖不垮主进程，代价是参数和结果要序列化后在进程间复制。',
    en: 'Each Node worker thread has its own V8 instance, its own heap and its own event loop, and there is no global lock like the GIL, so CPU-bound jobs on a thread pool use several cores at once too (up to {cpus}). Threads start faster and use less memory; processes are isolated: one crashing cannot take the main process down, at the price of arguments and results being serialized and copied between processes.',
  },
  comparePython: {
    zh: 'Python 不一样：CPython 有 GIL（全局解释器锁），同一时刻只有一个线程在执行 Python 字节码，所以计算密集的任务放进 ThreadPoolExecutor 几乎不会变快，要用 ProcessPoolExecutor 才能用上多核；等待型任务（网络、磁盘）在等待时会释放 GIL，所以适合线程池。',
    en: 'Python is different: CPython has the GIL (global interpreter lock), so only one thread runs Python bytecode at a time; CPU-bound jobs on a ThreadPoolExecutor barely get faster, and ProcessPoolExecutor is the way to use several cores. Waiting jobs (network, disk) release the GIL while they wait, so a thread pool suits them.',
  },
  compareWait: {
    zh: '等待型任务几乎不占 CPU：两种池的耗时都只取决于 worker 数（{jobs} 个任务、{workers} 个 worker）。在 Node 里甚至不需要池：主事件循环自己就能同时等待许多计时器和网络请求，见表格最后一行。',
    en: 'Waiting jobs hardly use the CPU: on either pool the time depends only on the number of workers ({jobs} jobs, {workers} workers). In Node you do not even need a pool for them: the main event loop can wait on many timers and network requests at once, as the last row shows.',
  },

  // 4. map, as_completed, wait
  collectIntro: {
    zh: '{n} 个等待任务，时长依次为 {durations}，交给有 {n} 个 worker 的{kind}（每个任务一个 worker，所以最短的最先完成）。同一批任务，三种收结果的方式：',
    en: '{n} waiting tasks lasting {durations}, on a {kind} with {n} workers (one per task, so the shortest finishes first). The same tasks, collected three ways:',
  },
  mapIntro: {
    zh: 'map：按输入顺序交出结果。#1 最长，其余结果哪怕早就完成了，也要排在 #1 之后交出：',
    en: 'map hands results back in input order. #1 is the longest, so the others, though finished long before, come out only after #1:',
  },
  mapFact: {
    zh: 'map 交出的顺序：{order}；第一个结果到 {first} 才拿到。',
    en: 'map handed out {order}; the first result was in hand only at {first}.',
  },
  asCompletedIntro: {
    zh: 'as_completed（这里叫 asCompleted）：哪个先完成就先交出哪个：',
    en: 'as_completed (asCompleted here) hands each one back as soon as it finishes:',
  },
  asCompletedFact: {
    zh: 'asCompleted 交出的顺序：{order}；第一个结果在 {first} 就拿到了。',
    en: 'asCompleted handed out {order}; the first result was in hand at {first}.',
  },
  rowYields: { zh: '交给主程序', en: 'to main' },
  waitIntro: {
    zh: 'wait：不交出结果，而是在条件满足（或超时）时返回两组 Future：已完成的和未完成的。',
    en: 'wait hands back no results: when its condition holds (or time is up) it returns two sets of futures, the done and the not done.',
  },
  waitFirst: {
    zh: 'wait(FIRST_COMPLETED) 在 {ms} 返回：已完成 {done}，未完成 {notDone}',
    en: 'wait(FIRST_COMPLETED) returned at {ms}: done {done}, not done {notDone}',
  },
  waitTimeout: {
    zh: 'wait(timeout={timeout}) 在 {ms} 返回，并不抛出 TimeoutError：已完成 {done}，未完成 {notDone}',
    en: 'wait(timeout={timeout}) returned at {ms} without raising TimeoutError: done {done}, not done {notDone}',
  },
  waitAll: {
    zh: 'wait(ALL_COMPLETED) 在 {ms} 返回：{n} 个全部完成',
    en: 'wait(ALL_COMPLETED) returned at {ms}: all {n} done',
  },
  collectExplain: {
    zh: '三种方式拿到的是同一批结果，区别只在“什么时候交给你”：map 保证顺序，适合结果要和输入一一对应的场合；as_completed 让你尽早处理每个结果；wait 用来做“等到第一个完成、第一个出错或全部完成”这样的决定。map 和 as_completed 超时会抛出 TimeoutError，wait 超时只是提前返回。',
    en: 'All three get the same results; they differ only in when you get them: map keeps the order, for results that must line up with the inputs; as_completed lets you handle each result as early as possible; wait is for decisions like "until the first is done, the first fails, or all are done". map and as_completed raise TimeoutError when time runs out; wait just returns early.',
  },

  // 5. shutdown
  shutdownIntro: {
    zh: '{n} 个任务（每个 {ms}）交给 {workers} 个 worker 的{kind}，所以一开始只有 {workers} 个在运行，其余排队。三种 shutdown，看主程序什么时候继续、哪些 Future 被取消：',
    en: '{n} tasks ({ms} each) on a {kind} with {workers} workers, so only {workers} run at first and the rest queue. Three kinds of shutdown: when does the main program continue, and which futures are cancelled?',
  },
  colCall: { zh: '调用', en: 'call' },
  colContinues: { zh: '主程序继续于', en: 'main continues at' },
  colDone: { zh: '已完成', en: 'finished' },
  colCancelled: { zh: '已取消', en: 'cancelled' },
  colAllEnded: { zh: '任务全部结束于', en: 'all tasks ended at' },
  noWaitFact: {
    zh: 'wait=false：shutdown 在 {ms} 就返回了，主程序接着往下走；那时还有 {left} 个任务没做完，它们照样在 worker 里跑完，全部结束于 {end}。',
    en: 'wait=false: shutdown returned after {ms} and the main program went on; {left} tasks were not done yet, and they still ran to the end in their workers, all ending at {end}.',
  },
  cancelFact: {
    zh: 'cancelFutures=true：还没开始的 {ids} 被取消，已经在运行的 {running} 照常做完；shutdown 在 {ms} 返回。',
    en: 'cancelFutures=true: {ids}, not yet started, were cancelled; {running}, already running, finished normally; shutdown returned after {ms}.',
  },
  submitAfter: {
    zh: 'shutdown 之后再 submit：立刻抛出 {name}（“不能在 shutdown 之后提交新任务”）',
    en: 'submit after shutdown: throws {name} at once ("{error}")',
  },
  shutdownExplain: {
    zh: '所以 shutdown 不是教材所说的计数器，而是“关门”：关门之后 submit 会报错；wait 决定调用者是否等到任务做完、worker 退出；cancelFutures 决定排队中的任务是丢弃还是照做。',
    en: 'So shutdown is not the counter the material describes but closing the doors: after it, submit raises an error; wait decides whether the caller waits until the tasks are done and the workers have exited; cancelFutures decides whether queued tasks are dropped or still run.',
  },
} satisfies Record<string, Bi>;
