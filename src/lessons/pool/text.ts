/** The `pool` lesson's words (material §1.3), kept apart from its logic. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  mainPid: { zh: '主进程pid: {pid}', en: 'main pid: {pid}' },

  materialIntro: {
    zh: '这是材料里的程序，用 Node 重写：Pool({n}) 建一个有 {n} 个进程的进程池，用 apply_async（这里叫 applyAsync）提交 {m} 个任务 foo(i)。每个任务睡 {t}，打印“in the process <它的 PID>”，返回 i+100；回调 call 打印“-->exec done: <返回值> <PID>”。左边一列是打印这一行的进程的 PID，粗体是主进程。',
    en: 'The material’s program, rewritten for Node: Pool({n}) makes a pool of {n} processes, and apply_async (here applyAsync) submits {m} tasks foo(i). Each sleeps {t}, prints "in the process <its PID>" and returns i+100; the callback prints "-->exec done: <value> <PID>". The left column is the PID of the process that printed the line; bold is the main process.',
  },
  materialEnd: {
    zh: '“end” 在进程池启动后 {end} 就打印出来了，早于第一个结果（{first}）。',
    en: '"end" was printed {end} after the pool started, before the first result ({first}).',
  },
  materialCallbacks: {
    zh: '{count} 次回调打印的 PID 全是 {main}，也就是主进程。',
    en: 'All {count} callbacks printed PID {main}: the main process.',
  },
  cpythonApi: {
    zh: "CPython 不同：这里的任务用函数名的字符串指定（applyAsync('foo', [i])），Python 直接传函数（apply_async(foo, (i,))）；这里的 get()、apply()、map() 和 join() 返回 Promise，要 await，Python 里它们阻塞调用的线程；这里的方法名是驼峰式 camelCase（applyAsync、imapUnordered），Python 用下划线（apply_async、imap_unordered）；状态不对时这里抛出 PoolStateError，Python 抛出 ValueError；PoolTerminatedError 和 WorkerLostError 是 proc-lab 自己的，Python 没有。",
    en: "CPython differs: a task here is named by a string (applyAsync('foo', [i])), where Python passes the function itself (apply_async(foo, (i,))); get(), apply(), map() and join() here return a Promise to await, where in Python they block the calling thread; method names here are camelCase (applyAsync, imapUnordered), Python’s use underscores (apply_async, imap_unordered); a call in the wrong state throws PoolStateError here, ValueError in Python; PoolTerminatedError and WorkerLostError are proc-lab’s own, Python has neither.",
  },
  callbackHere: {
    zh: 'proc-lab：回调在主进程 {pid} 的主线程上运行，JavaScript 只有这一个线程：一个慢回调不但推迟其他结果的回调，连主程序的定时器和 I/O 也一起推迟。',
    en: 'proc-lab: the callbacks ran on the main thread of the main process {pid}, its only JavaScript thread: a slow callback delays not only the other results’ callbacks but the main program’s timers and I/O too.',
  },
  callbackCpython: {
    zh: 'CPython：回调同样在 Python 程序的主进程（PID {pid}）里运行，但不在主线程 {mainThread} 上，而在线程“{thread}”上：进程池的结果处理线程，所有结果都由它一个一个地从结果队列里取出。第一个回调睡了 {slowMs}；第二个任务只比第一个晚 {tasksApartMs} 完成，它的回调却在任务完成 {secondDelayMs} 之后才开始：慢回调会拖住其他所有结果。',
    en: 'CPython: the callbacks run in the Python program’s main process too (PID {pid}), but not on its main thread {mainThread}: on the thread "{thread}", the pool’s result-handler thread, which takes every result off the result queue one at a time. The first callback slept {slowMs}; a second task finished only {tasksApartMs} after the first, yet its callback started {secondDelayMs} after that task had finished: a slow callback holds up every other result.',
  },
  callbackCpythonAbsent: {
    zh: 'CPython 把进程池的回调放在主进程的结果处理线程（_handle_results）上运行，而不是主线程：所有结果都由这一个线程取出，所以一个慢回调会拖住其他所有结果的回调。',
    en: 'CPython runs a pool’s callbacks in the main process on its result-handler thread (_handle_results), not on the main thread: that one thread takes every result, so a slow callback holds up the callbacks of every other result.',
  },
  materialWorkers: {
    zh: '任务只在 {n} 个工作进程上运行（{pids}），同一个 PID 反复出现：{counts}。',
    en: 'The tasks ran on just {n} worker processes ({pids}), each PID again and again: {counts}.',
  },
  materialTotal: {
    zh: '实测总耗时 {ms}；预计 ⌈{m}/{n}⌉ × {t} = {waves} × {t} = {expected}。',
    en: 'Measured {ms} in all; expected ⌈{m}/{n}⌉ × {t} = {waves} × {t} = {expected}.',
  },
  materialWhy: {
    zh: '为什么是这样：applyAsync 只是把任务放进进程池的队列就立即返回，所以 {m} 个任务一眨眼就提交完，“end” 最先出现。{n} 个工作进程每次各取一个任务，任务于是一波一波地运行，每波 {n} 个，共 ⌈{m}/{n}⌉ 波，每波约 {t}。结果由工作进程送回主进程，回调在主进程里执行，所以回调打印的是主进程的 PID。多出来的一点时间花在启动工作进程和传递消息上。',
    en: 'Why: applyAsync only puts a task in the pool’s queue and returns at once, so all {m} tasks are submitted in an instant and "end" comes first. Each of the {n} workers takes one task at a time, so the tasks run in waves of {n}: ⌈{m}/{n}⌉ waves of about {t} each. Each result travels back to the main process and the callback runs there, which is why it prints the main PID. The little extra time is spent starting the workers and passing messages.',
  },

  applyIntro: {
    zh: '同样 {m} 个任务、同样的 Pool({n})，分别用 apply 一个一个提交，和用 apply_async 一次全部提交，各量一次。',
    en: 'The same {m} tasks on the same Pool({n}), once submitted one by one with apply and once all at once with apply_async, each measured.',
  },
  usage: { zh: '用法', en: 'usage' },
  measured: { zh: '实测', en: 'measured' },
  expected: { zh: '预计', en: 'expected' },
  workerPids: { zh: '工作进程 PID 数', en: 'worker PIDs' },
  mostAtOnce: { zh: '最多同时运行', en: 'most at once' },
  endAfter: { zh: '“end” 出现于', en: '"end" at' },
  syncLabel: { zh: 'apply（同步）', en: 'apply (sync)' },
  asyncLabel: { zh: 'apply_async（异步）', en: 'apply_async (async)' },
  applySyncWhy: {
    zh: 'apply 提交一个任务后就一直等到它结束才返回，所以循环里的下一个任务要等上一个做完：同一时刻只有 1 个任务在跑，另外 {idle} 个工作进程闲着，总时间约 {m} × {t} = {expected}。“end” 也要等所有任务做完才打印。',
    en: 'apply submits one task and waits until it has finished before it returns, so the next task in the loop waits for the previous one: only 1 task runs at a time while the other {idle} workers sit idle, about {m} × {t} = {expected} in all. Even "end" waits until every task is done.',
  },
  applyAsyncWhy: {
    zh: 'apply_async 立即返回一个 AsyncResult（将来才有值的结果），所以 {n} 个工作进程能同时各跑一个任务，总时间约 ⌈{m}/{n}⌉ × {t} = {expected}。',
    en: 'apply_async returns at once with an AsyncResult (a result that arrives later), so all {n} workers run a task at the same time: about ⌈{m}/{n}⌉ × {t} = {expected} in all.',
  },
  correctionSwap: {
    zh: '材料写反了：它说 apply 是“多个进程异步执行，一个一个的执行”，apply_async 是“多个进程同步执行，同时执行多个进程”。“同步”和“异步”两个词放反了。正确的是：apply 是同步（阻塞）的，等这一个任务做完才返回，所以任务一个接一个地执行；apply_async 是异步的，立即返回，多个任务同时执行。',
    en: 'The material has these swapped: it calls apply "several processes, asynchronous, one at a time" and apply_async "several processes, synchronous, many at once". The words synchronous and asynchronous are the wrong way round. In truth apply is synchronous (blocking): it returns only when that one task has finished, so the tasks run one after another; apply_async is asynchronous: it returns at once, and several tasks run at the same time.',
  },
  asyncFaster: {
    zh: '这次的实测印证了这一点：apply_async 用了 {asyncMs}，apply 用了 {syncMs}（预计分别是 {asyncExpectedMs} 和 {syncExpectedMs}）。',
    en: 'This run bears it out: apply_async took {asyncMs} and apply {syncMs} (expected: {asyncExpectedMs} and {syncExpectedMs}).',
  },
  asyncNotFaster: {
    zh: '这次的实测没能显示出差别：apply_async 用了 {asyncMs}，apply 用了 {syncMs}，而预计分别是 {asyncExpectedMs} 和 {syncExpectedMs}。',
    en: 'This run does not show the difference: apply_async took {asyncMs} and apply {syncMs}, where {asyncExpectedMs} and {syncExpectedMs} were expected.',
  },
  asyncNoGap: {
    zh: '在这次的设置下（Pool({n})、{m} 个任务），两种用法预计都要 {syncExpectedMs}：一次只能跑 1 个任务，看不出差别。用 --workers 3 --tasks 10 再运行一次，就能看到 apply_async 更快。',
    en: 'With these settings (Pool({n}), {m} tasks) both usages are expected to take {syncExpectedMs}: only 1 task can run at a time, so there is no difference to see. Run it again with --workers 3 --tasks 10 to see apply_async finish sooner.',
  },
  correctionFive: {
    zh: '材料在 Pool(3) 旁边注释“进程池最多允许5个进程放入进程池”，这也不对：Pool(3) 就是 3 个工作进程。本次运行的 Pool({n}) 启动的工作进程恰好是 {count} 个：{pids}。',
    en: 'The material’s comment next to Pool(3) says the pool "allows at most 5 processes". Also wrong: Pool(3) has exactly 3 worker processes. This run’s Pool({n}) started exactly {count} worker processes: {pids}.',
  },

  timelineIntro: {
    zh: '再用 applyAsync 跑一次 {m} 个任务，这次把每个任务画在时间轴上：每行是一个工作进程（按 PID），每段是一个任务（数字是任务编号），最下面一行是主进程里等待的队列（数字是排队的任务数）。',
    en: 'Once more, {m} tasks with applyAsync, this time each drawn on a time axis: one row per worker process (by PID), one block per task (the number is the task’s), and a last row for the queue in the main process (the number is how many tasks wait).',
  },
  queueRow: { zh: '队列', en: 'queue' },
  waiting: { zh: '排队中：{tasks}', en: 'waiting: {tasks}' },
  none: { zh: '无', en: 'none' },
  timelineExplain: {
    zh: '可以看到 {waves} 波，每波 {n} 个：开始时 {m} 个任务都在队列里，{n} 个工作进程各取走一个；哪个进程做完手上的任务，就立刻从队列里取下一个，队列每一波少 {n} 个，直到取空。进程一直是这 {n} 个 PID，没有为每个任务新建进程。',
    en: 'There are {waves} waves of {n}: at first all {m} tasks are in the queue and each of the {n} workers takes one; a worker that finishes its task at once takes the next from the queue, which shrinks by {n} a wave until it is empty. The processes stay the same {n} PIDs throughout; no process is started per task.',
  },

  whyIntro: {
    zh: '材料说进程池能“防止进程开启数量过多导致服务器压力过大”。量一量：{count} 个很小的任务，先为每个任务新建一个进程（全部同时启动），再交给一个 {n} 个进程的进程池。',
    en: 'The material says a pool "keeps too many processes from overloading the server". Measure it: {count} tiny tasks, first with a new process per task (all started at once), then on a pool of {n} processes.',
  },
  way: { zh: '方式', en: 'way' },
  perTask: { zh: '每个任务一个进程', en: 'a process per task' },
  onPool: { zh: '进程池 ({n})', en: 'a pool of {n}' },
  peak: { zh: '同时存活的进程最多', en: 'most processes alive at once' },
  wall: { zh: '总耗时', en: 'wall time' },
  whyFact: {
    zh: '每个任务一个进程：{a}，同时最多 {pa} 个我们的进程；进程池：{b}，同时最多 {pb} 个。',
    en: 'A process per task: {a}, with up to {pa} of our processes alive at once; the pool: {b}, with at most {pb}.',
  },
  whyExplain: {
    zh: '每个任务本身只要几微秒，{a} 几乎全花在启动和结束 {count} 个进程上：每个进程都要重新加载一遍 node，占几十 MB 内存。其中最多有 {pa} 个同时存活，在 {cores} 个 CPU 核上互相争抢；任务再多一些、再长一些，进程数还会更多，直到撞上内核的限制。进程池只启动 {n} 个进程并反复使用，启动的开销只付 {n} 次，而不是 {count} 次。',
    en: 'Each task takes microseconds; nearly all of the {a} went into starting and ending {count} processes: each loads node anew and takes tens of MB of memory. Up to {pa} of them were alive at once, competing for {cores} CPU cores; with more tasks, or longer ones, there would be more, until they hit the kernel’s limits. The pool started {n} processes once and reused them, and paid the start-up cost {n} times instead of {count}.',
  },

  fewerProcesses: {
    zh: '进程池同时存活的进程从不超过 {poolPeak} 个（它有 {workers} 个工作进程）；每个任务一个进程时，同时存活的多达 {perTaskPeak} 个。',
    en: 'The pool never had more than {poolPeak} processes alive at once (it has {workers} workers); a process per task had up to {perTaskPeak}.',
  },
  notFewerProcesses: {
    zh: '这次的采样没能显示出差别：进程池同时最多 {poolPeak} 个进程（它有 {workers} 个工作进程），每个任务一个进程时同时最多 {perTaskPeak} 个。进程启动和退出得太快时，每 5 ms 一次的采样可能看不到它们同时存活。',
    en: 'This run’s samples do not show the difference: the pool had at most {poolPeak} processes alive at once (it has {workers} workers), a process per task at most {perTaskPeak}. When processes start and end very fast, sampling every 5 ms may miss them being alive together.',
  },
  limits: {
    zh: '限制进程数的是内核，而不是你的程序：PID 最大到 pid_max = {pidMax}；每个用户最多 {perUser} 个进程（RLIMIT_NPROC，即 ulimit -u）；所在 cgroup 的 pids.max：{cgroup}；后两个连线程也算在内。撞上其中任何一个，fork() 就以 EAGAIN 失败；在那之前，内存往往先用完了。',
    en: 'What limits the number of processes is the kernel, not your program: PIDs go up to pid_max = {pidMax}; a user may have at most {perUser} processes (RLIMIT_NPROC, ulimit -u); this cgroup’s pids.max is {cgroup}; the last two count threads too. Hit any of them and fork() fails with EAGAIN; memory often runs out before that.',
  },
  unlimited: { zh: '不限', en: 'unlimited' },
  unknown: { zh: '读不到', en: 'unknown' },

  closeIntro: {
    zh: 'close() 表示“不再接受新任务”；已经提交的任务照常做完，然后工作进程退出。join() 等待工作进程全部退出，只能在 close() 或 terminate() 之后调用。',
    en: 'close() means "no new tasks": tasks already submitted still run, then the workers exit. join() waits until every worker has exited, and may be called only after close() or terminate().',
  },
  joinRefused: {
    zh: '在 close() 之前调用 join()：被拒绝，{error}。',
    en: 'join() before close(): refused with {error}.',
  },
  closeRefused: {
    zh: 'close() 之后再调用 applyAsync()：被拒绝，{error}。',
    en: 'applyAsync() after close(): refused with {error}.',
  },
  closeJoined: {
    zh: 'close() 之前提交的 {m} 个任务全部完成；join() 等了 {ms}，返回时工作进程 {pids} 都已退出。',
    en: 'All {m} tasks submitted before close() finished; join() waited {ms}, and when it returned the workers {pids} had all exited.',
  },
  terminateIntro: {
    zh: 'terminate() 立即结束工作进程，不等任务做完。再提交 {m} 个任务，等 {after} 个完成后就调用 terminate()：',
    en: 'terminate() ends the workers at once without waiting for their tasks. Again {m} tasks; as soon as {after} have finished, terminate():',
  },
  terminateFact: {
    zh: 'proc-lab：{done} 个任务完成，{lost} 个丢失（每个都以 PoolTerminatedError 结束）；工作进程被信号 {signal} 结束。terminate() 返回时，工作进程 {pids} 还有 {left} 个留在进程表里。',
    en: 'proc-lab: {done} tasks finished and {lost} were lost (each ended with PoolTerminatedError); the workers were ended by signal {signal}. When terminate() returned, {left} of the workers {pids} were still in the process table.',
  },
  terminateCpython: {
    zh: 'CPython（同样 {total} 个任务、同样在 {after} 个完成后 terminate()）：只有 {ready}/{total} 个 AsyncResult 变成就绪，工作进程被信号 {signal} 结束；对一个没做完的任务调用 get(timeout={wait}) 等满时间后抛出 TimeoutError：它的结果永远不会到来。',
    en: 'CPython (the same {total} tasks, terminate() after the same {after} had finished): only {ready} of {total} AsyncResult objects became ready, and the workers were ended by signal {signal}; get(timeout={wait}) on an unfinished task waited the whole time and raised TimeoutError: its result will never come.',
  },
  terminateDiffers: {
    zh: 'CPython 不同：它的 terminate() 向工作进程发送 SIGTERM，没做完的任务的 AsyncResult 永远不会就绪，不带超时的 get() 会一直等下去。proc-lab 的 Pool 用 SIGKILL 结束工作进程，并让每个没做完的任务以 PoolTerminatedError 结束：这两点都是 proc-lab 自己的做法，不是 Python 的。',
    en: 'CPython differs: its terminate() sends the workers SIGTERM, and the AsyncResult of an unfinished task never becomes ready, so get() without a timeout waits forever. proc-lab’s Pool ends its workers with SIGKILL and ends each unfinished task with PoolTerminatedError: both are proc-lab’s own, not Python’s.',
  },
  noJoinIntro: {
    zh: '不调用 join() 会怎样？把材料的程序作为独立的进程运行两次：一次有 pool.join()，一次把它注释掉。',
    en: 'What if join() is never called? The material’s program runs as a program of its own, twice: once with pool.join(), once with it commented out.',
  },
  withJoin: {
    zh: '有 join()：程序 PID {pid} 运行了 {ms}，{callbacks}/{m} 个回调执行了。',
    en: 'With join(): program PID {pid} ran {ms}, and {callbacks} of {m} callbacks ran.',
  },
  withoutJoin: {
    zh: '没有 join()：程序 PID {pid} 只运行了 {ms} 就结束了，{callbacks}/{m} 个回调执行了；进程池报告 {lost} 个未完成的任务丢失。',
    en: 'Without join(): program PID {pid} ended after only {ms}, and {callbacks} of {m} callbacks ran; the pool reported {lost} unfinished tasks lost.',
  },
  childOutput: { zh: '它打印的最后几行：', en: 'The last lines it printed:' },
  correctionJoin: {
    zh: '材料对 pool.join() 的注释说“如果注释，那么程序直接关闭”，说得不完整。实际发生的是：主程序走到结尾就退出，退出时进程池被一并拆掉（Python 在退出时终止进程池，这里的 Pool 也一样），还在排队或正在运行的任务全部丢失，回调一个也不会执行：上面 {lost} 个任务就是这样丢的。join() 的作用是让主程序等到所有任务做完、工作进程退出。',
    en: 'The material’s comment on pool.join() says that without it "the program closes directly". That leaves out what matters: the main program reaches its end and exits, the pool is torn down with it (Python terminates the pool at exit, and so does this Pool), and every task still queued or running is lost, with no callback: that is how the {lost} tasks above were lost. join() makes the main program wait until every task is done and the workers have exited.',
  },

  crashIntro: {
    zh: '{m} 个任务里，第 {task} 号任务会用 SIGKILL 杀死运行它的工作进程，其余任务照常是 foo。',
    en: 'Of {m} tasks, task {task} kills the worker process running it with SIGKILL; the others are the usual foo.',
  },
  crashError: {
    zh: '第 {task} 号任务的结果：WorkerLostError，工作进程 {pid} 死了（{how}）。',
    en: 'Task {task}’s result: WorkerLostError, worker {pid} died ({how}).',
  },
  bySignal: { zh: '被信号 {signal} 结束', en: 'ended by signal {signal}' },
  byCode: { zh: '退出码 {code}', en: 'exit code {code}' },
  crashReplace: {
    zh: '进程池立即启动了一个新的工作进程替代它：{old} → {new}；新进程随后运行了任务 {tasks}。',
    en: 'The pool at once started a new worker in its place: {old} → {new}; the new process then ran tasks {tasks}.',
  },
  crashOthers: {
    zh: '其余 {ok}/{others} 个任务正常完成，总耗时 {ms}。',
    en: 'The other tasks finished normally ({ok} of {others}), {ms} in all.',
  },
  crashExplain: {
    zh: '进程之间相互隔离，一个工作进程死了不影响其他进程。CPython 的 multiprocessing.Pool 也会补上一个新进程，但死掉的那个任务的结果永远不会到来：不带超时的 get() 会一直等下去。这里的 Pool 做得更好：那个任务以 WorkerLostError 结束，错误里写明了 PID 和信号（或退出码）。',
    en: 'Processes are isolated, so one worker dying does not hurt the others. CPython’s multiprocessing.Pool also starts a new worker, but the result of the task that died never arrives: get() without a timeout waits forever. This Pool does better: that task ends with WorkerLostError, naming the PID and the signal (or exit code).',
  },
} satisfies Record<string, Bi>;
