/** The `executor` lesson's words for parts 3 to 5: threads or processes, collecting, shutdown. */
import type { Bi } from '../../i18n/index.js';

export const more = {
  // 3. Threads or processes
  compareIntro: {
    zh: '同一个计算任务（数出 {limit} 以内的质数）和同一个等待任务（等 {wait}），各 {jobs} 个，分别交给线程池和进程池（各 {workers} 个工作线程或工作进程）。这台机器有 {cpus} 个 CPU 核。作为参照，每个池在工作线程（进程）启动之后，先单独跑 {runs} 次计算任务，取中位数：参照和 {jobs} 个一批用同样的方式、在同样“热”的池上测量。',
    en: 'The same CPU-bound job (count the primes below {limit}) and the same waiting job (wait {wait}), {jobs} of each, on a thread pool and on a process pool ({workers} worker threads or processes each). This machine has {cpus} CPU cores. As the yardstick, each pool, once its workers have started, first runs the CPU job alone {runs} times (the median counts): the yardstick and the batch of {jobs} are measured the same way, on the same warm pool.',
  },
  colExecutor: { zh: '执行器', en: 'executor' },
  colStart: { zh: '启动工作线程/进程', en: 'start workers' },
  colAlone: { zh: '单独计算 ×1', en: 'CPU ×1 alone' },
  colCpu: { zh: '计算 ×{jobs}', en: 'CPU ×{jobs}' },
  colWait: { zh: '等待 ×{jobs}', en: 'wait ×{jobs}' },
  ranIn: { zh: '{kind}的任务运行在：{where}', en: '{kind}: the jobs ran in {where}' },
  rowThread: { zh: '线程池', en: 'thread pool' },
  rowProcess: { zh: '进程池', en: 'process pool' },
  rowLoop: { zh: '主事件循环（不用池）', en: 'main event loop (no pool)' },
  wherePids: { zh: 'PID {pids}', en: 'PIDs {pids}' },
  whereMain: { zh: '主进程 {pid}', en: 'main PID {pid}' },
  barKind: { zh: '{jobs} 个 · {kind}', en: '{jobs} jobs · {kind}' },
  barOne: { zh: '1 个 · {kind}', en: '1 job · {kind}' },
  cpuVerdict: {
    zh: '在{kind}上，{jobs} 个计算任务一个接一个约需 {serial}；一批同时提交实测 {ms}，是单独一次的 {x} 倍。',
    en: 'On the {kind}, {jobs} CPU jobs one after another would take about {serial}; submitted together they took {ms}, {x} times one job alone.',
  },
  parallelHolds: {
    zh: '这次的实测显示计算任务是并行运行的：每种池的速度都至少是一个接一个时的 {least} 倍（{cpus} 个核、{workers} 个工作线程或进程）。',
    en: 'This run shows the CPU jobs running in parallel: every pool was at least {least}× faster than one after another ({cpus} cores, {workers} worker threads or processes).',
  },
  parallelFails: {
    zh: '这次的实测没能显示出并行：{kind}的速度只是一个接一个时的 {least} 倍（{cpus} 个核、{workers} 个工作线程或进程）。',
    en: 'This run does not show the CPU jobs running in parallel: the {kind} was only {least}× faster than one after another ({cpus} cores, {workers} worker threads or processes).',
  },
  parallelImpossible: {
    zh: '{cpus} 个核、{workers} 个工作线程或进程时，同一时刻最多只有一个计算任务在跑，哪种池都不可能比一个接一个更快（这次是 {least} 倍）。在多核机器上用 --workers 2 或更多再运行一次。',
    en: 'With {cpus} core(s) and {workers} worker thread(s) or process(es), at most one CPU job runs at a time, so no pool can beat one after another (this run: {least}×). Run it again with --workers 2 or more on a machine with several cores.',
  },
  compareNode: {
    zh: 'Node 的每个工作线程都有自己的 V8 实例、自己的堆和自己的事件循环，没有 GIL 那样的全局锁，所以线程池和进程池一样，能让计算任务同时用上多个 CPU 核（这里最多 {cpus} 个）。线程启动更快、更省内存；进程彼此隔离：一个崩溃拖不垮主进程，代价是参数和结果要序列化后在进程间复制。',
    en: 'Each Node worker thread has its own V8 instance, its own heap and its own event loop, and there is no global lock like the GIL, so a thread pool, like a process pool, can run CPU-bound jobs on several cores at once (up to {cpus} here). Threads start faster and use less memory; processes are isolated: one crashing cannot take the main process down, at the price of arguments and results being serialized and copied between processes.',
  },
  comparePython: {
    zh: 'Python 不一样：CPython 有 GIL（全局解释器锁），同一时刻只有一个线程在执行 Python 字节码，所以计算密集的任务放进 ThreadPoolExecutor 几乎不会变快，要用 ProcessPoolExecutor 才能用上多核；等待型任务（网络、磁盘）在等待时会释放 GIL，所以适合线程池。',
    en: 'Python is different: CPython has the GIL (global interpreter lock), so only one thread runs Python bytecode at a time; CPU-bound jobs on a ThreadPoolExecutor barely get faster, and ProcessPoolExecutor is the way to use several cores. Waiting jobs (network, disk) release the GIL while they wait, so a thread pool suits them.',
  },
  compareWait: {
    zh: '等待型任务几乎不占 CPU：两种池的耗时都只取决于工作线程（进程）的数量（{jobs} 个任务、{workers} 个工作线程或进程）。在 Node 里甚至不需要池：主事件循环自己就能同时等待许多计时器和网络请求，见表格最后一行。',
    en: 'Waiting jobs hardly use the CPU: on either pool the time depends only on the number of workers ({jobs} jobs, {workers} worker threads or processes). In Node you do not even need a pool for them: the main event loop can wait on many timers and network requests at once, as the last row shows.',
  },

  // 4. map, as_completed, wait
  collectIntro: {
    zh: '{n} 个等待任务，时长依次为 {durations}，交给有 {n} 个{unit}的{kind}（每个任务一个，所以最短的最先完成）。同一批任务，三种收结果的方式：',
    en: '{n} waiting tasks lasting {durations}, on a {kind} with {n} {unit} (one per task, so the shortest finishes first). The same tasks, collected three ways:',
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
    zh: '{n} 个任务（每个 {ms}）交给有 {workers} 个{unit}的{kind}，所以一开始只有 {workers} 个在运行，其余排队。三种 shutdown，看主程序什么时候继续、哪些 Future 被取消：',
    en: '{n} tasks ({ms} each) on a {kind} with {workers} {unit}, so only {workers} run at first and the rest queue. Three kinds of shutdown: when does the main program continue, and which futures are cancelled?',
  },
  colCall: { zh: 'shutdown(…) 的参数', en: 'shutdown(…) with' },
  colContinues: { zh: '主程序继续于', en: 'main goes on' },
  colDone: { zh: '已完成', en: 'finished' },
  colCancelled: { zh: '已取消', en: 'cancelled' },
  colAllEnded: { zh: '全部结束于', en: 'all ended' },
  noWaitFact: {
    zh: 'wait=false：shutdown 在 {ms} 就返回了，主程序接着往下走；那时还有 {left} 个任务没做完，它们照样在{unit}里跑完，全部结束于 {end}。',
    en: 'wait=false: shutdown returned after {ms} and the main program went on; {left} tasks were not done yet, and they still ran to the end in the {unit}, all ending at {end}.',
  },
  cancelFact: {
    zh: 'cancelFutures=true：还没有被工作进程或线程取走的 {ids} 被取消，已经取走的 {running} 照常做完；shutdown 在 {ms} 返回。',
    en: 'cancelFutures=true: {ids}, which no worker had taken yet, were cancelled; {running}, already taken, finished normally; shutdown returned after {ms}.',
  },
  cancelCpython: {
    zh: 'CPython，同样 {n} 个任务、{workers} 个工作进程或线程，在前 {workers} 个开始运行后调用 shutdown(wait=True, cancel_futures=True)：ProcessPoolExecutor 取消了 {process}，ThreadPoolExecutor 取消了 {thread}。',
    en: 'CPython, the same {n} tasks on {workers} worker processes or threads, shutdown(wait=True, cancel_futures=True) once the first {workers} were running: ProcessPoolExecutor cancelled {process}, ThreadPoolExecutor cancelled {thread}.',
  },
  cancelCpythonAbsent: {
    zh: '在 CPython 里，ThreadPoolExecutor 会取消所有还没被工作线程取走的任务；ProcessPoolExecutor 取消得更少：进了调用队列（最多 max_workers + 1 个）的任务已被标成 RUNNING，虽然还没开始，也取消不了。',
    en: 'In CPython, ThreadPoolExecutor cancels every task no worker thread has taken; ProcessPoolExecutor cancels fewer: a task in its call queue (at most max_workers + 1) is already marked RUNNING and cannot be cancelled, though it has not started.',
  },
  cancelCpythonQueue: {
    zh: '调用之前，ProcessPoolExecutor 已经把 {processRunning} 标成了 RUNNING，比工作进程多 {extra} 个：它们只是进了调用队列（最多 max_workers + 1 = {callQueue} 个），并没有开始，cancel() 和 cancel_futures 却已经取消不了。ThreadPoolExecutor 只把工作线程已经取走的 {threadRunning} 标成 RUNNING。',
    en: 'Before the call, ProcessPoolExecutor had already marked {processRunning} RUNNING, {extra} more than there are workers: those had only entered the call queue (at most max_workers + 1 = {callQueue}) and had not started, yet cancel() and cancel_futures could no longer cancel them. ThreadPoolExecutor marked RUNNING only {threadRunning}, the ones its worker threads had taken.',
  },
  submitAfter: {
    zh: 'shutdown 之后再 submit：立刻抛出 {name}，不能再提交新任务；CPython 抛出的是 RuntimeError。',
    en: 'submit after shutdown: throws {name} at once, no new task can be submitted; CPython raises RuntimeError.',
  },
  shutdownExplain: {
    zh: '所以 shutdown 不是材料所说的计数器，而是“关门”：关门之后 submit 会报错；wait 决定调用者是否等到任务做完、工作进程（线程）退出；cancelFutures 决定排队中的任务是丢弃还是照做（在 CPython 的 ProcessPoolExecutor 里，只有还没进调用队列的才能丢弃）。',
    en: 'So shutdown is not the counter the material describes but closing the doors: after it, submit raises an error; wait decides whether the caller waits until the tasks are done and the workers have exited; cancelFutures decides whether queued tasks are dropped or still run (in CPython’s ProcessPoolExecutor, only those not yet in its call queue can be dropped).',
  },
} satisfies Record<string, Bi>;
