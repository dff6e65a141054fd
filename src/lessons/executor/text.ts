/** The `executor` lesson's words (material §1.5.2): shared labels and parts 1 and 2. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  pending: { zh: '等待中', en: 'pending' },
  running: { zh: '运行中', en: 'running' },
  finished: { zh: '已完成', en: 'finished' },
  cancelled: { zh: '已取消', en: 'cancelled' },
  processPool: { zh: '进程池 ProcessPoolExecutor', en: 'ProcessPoolExecutor (processes)' },
  threadPool: { zh: '线程池 ThreadPoolExecutor', en: 'ThreadPoolExecutor (threads)' },
  none: { zh: '无', en: 'none' },
  workerProcesses: { zh: '工作进程', en: 'worker processes' },
  workerThreads: { zh: '工作线程', en: 'worker threads' },
  aWorkerProcess: { zh: '工作进程', en: 'worker process' },
  aWorkerThread: { zh: '工作线程', en: 'worker thread' },

  // 1. Executor and Future
  futureIntro: {
    zh: '执行器（Executor）替你管理一组工作进程或工作线程：你只管 submit(函数名, 参数)，它立刻返回一个 Future。Future 就像取餐小票：饭还没做好，但凭据已经在你手里，你可以先去做别的事，需要时再凭票取结果（await future.result()）。',
    en: 'An executor manages a set of worker processes or worker threads for you: you call submit(function name, arguments) and get a Future back at once. A Future is like the ticket from a food counter: the meal is not ready yet, but you hold the claim, can go and do something else, and collect the result when you need it (await future.result()).',
  },
  futureRun: {
    zh: '{kind}，{workers} 个{unit}，提交 {n} 个等待任务（主进程 PID {pid}）：',
    en: '{kind} with {workers} {unit}, {n} waiting tasks submitted (main process PID {pid}):',
  },
  futureSubmitted: {
    zh: '{n} 次 submit() 一共只用了 {ms}；刚返回时的状态：{states}',
    en: 'the {n} submit() calls took {ms} in all; their states right after: {states}',
  },
  colFuture: { zh: 'Future', en: 'Future' },
  colTask: { zh: '任务', en: 'task' },
  colState: { zh: '状态', en: 'state' },
  colRunning: { zh: '开始运行', en: 'running at' },
  colFinished: { zh: '完成', en: 'finished at' },
  colWorker: { zh: '工作进程/线程', en: 'worker' },
  mainLine: {
    zh: '  主进程 {pid}：定时器已跳动 {beats} 次，一直没被卡住',
    en: '  main process {pid}: its timer has ticked {beats} times, never blocked',
  },
  futureMeanwhile: {
    zh: '等待结果的 {ms} 里，主进程没有停下来：它的定时器照常跳了 {beats} 次。',
    en: 'During the {ms} spent waiting for the results the main process did not stop: its timer ticked {beats} times.',
  },
  futureCpuLow: {
    zh: '这段时间里主进程只用了 {cpu} 的 CPU 时间（墙上时间的 {share}）：在等待中的线程睡在内核里，把 CPU 让了出来。',
    en: 'Meanwhile the main process used only {cpu} of CPU time ({share} of the wall time): a thread that waits sleeps in the kernel and gives the CPU up.',
  },
  futureCpuHigh: {
    zh: '这段时间里主进程用了 {cpu} 的 CPU 时间（墙上时间的 {share}）。',
    en: 'Meanwhile the main process used {cpu} of CPU time ({share} of the wall time).',
  },
  correction7: {
    zh: '材料说程序在 queue.get 里等待时“cpu不能让出来”，这是错的：在 queue.get（或锁、select、epoll）里阻塞的线程睡在内核里，CPU 会让给别的线程和进程。Future 带来的好处不是“把 CPU 让出来”，而是程序本身不必干等：结果没到时可以先做别的事，就像上面跳动的定时器。',
    en: 'The material says that while a program waits in queue.get "the CPU cannot be given up". Wrong: a thread blocked in queue.get (or on a lock, in select or epoll) sleeps in the kernel, and the CPU goes to other threads and processes. What a Future gives is not a freed CPU but a program that need not stand still: it can do other work while the result is on its way, like the ticking timer above.',
  },
  futurePidsProcess: {
    zh: '任务在 PID {pids} 里运行，没有一个是主进程 {main}：进程池的工作进程是独立的进程。',
    en: 'The tasks ran in PIDs {pids}, none of them the main process {main}: a process pool’s workers are processes of their own.',
  },
  futurePidsThread: {
    zh: '任务全都在 PID {main} 里运行，也就是主进程本身，只是线程号不同（{tids}）：线程池的工作线程是同一个进程里的线程。',
    en: 'Every task ran in PID {main}, the main process itself, on threads {tids}: a thread pool’s workers are threads inside this one process.',
  },
  futureExplain: {
    zh: '每个 Future 都走同一条路：提交后是“等待中”（在执行器的队列里）；在 proc-lab 里，被某个工作进程或工作线程取走后变成“运行中”，从这一刻起 cancel() 就不再起作用；最后是“已完成”，带着结果或异常。工作进程（线程）比任务少时，多出来的任务排队等待。这期间主程序一直在往下走：这就是 Future 的意义：结果晚点到，程序不必干等。',
    en: 'Every Future goes the same way: pending after submit (in the executor’s queue); in proc-lab, running once a worker process or thread has taken it, and from then on cancel() no longer works; finally finished, holding a result or an error. With fewer workers than tasks, the extra tasks wait in the queue. All the while the main program carries on: that is the point of a Future, a result that arrives later without the program standing still for it.',
  },
  futureCpython: {
    zh: 'CPython 不同：ThreadPoolExecutor 也是工作线程取走任务时才变成 RUNNING；ProcessPoolExecutor 却在任务进入通往工作进程的调用队列（call queue）时就把它标成 RUNNING，这个队列能放 max_workers + 1 个任务，所以比工作进程多一个的任务虽然还没开始，cancel() 也已经取消不了（第 5 部分 shutdown 里有实测）。',
    en: 'CPython differs: in ThreadPoolExecutor too a future turns RUNNING when a worker thread takes it; ProcessPoolExecutor marks it RUNNING as soon as it enters the call queue that feeds the worker processes, which holds max_workers + 1 tasks, so one task more than there are workers has not started and yet cancel() can no longer cancel it (measured in part 5, shutdown).',
  },
  cpythonApi: {
    zh: "CPython 不同：这里的任务用函数名的字符串指定（submit('waitJob', 1000)），Python 直接传函数（submit(wait_job, 1.0)）；这里 result() 返回 Promise，要 await，Python 的 result() 阻塞调用的线程；这里的名字是驼峰式 camelCase（maxWorkers、cancelFutures、asCompleted），Python 用下划线（max_workers、cancel_futures、as_completed）；这里的超时以毫秒计，Python 以秒计。CancelledError、TimeoutError 和 BrokenProcessPool 的名字相同；任务自己抛出的错误在这里是 RemoteError，Python 重新抛出任务原来的异常。",
    en: "CPython differs: a task here is named by a string (submit('waitJob', 1000)), where Python passes the function itself (submit(wait_job, 1.0)); result() here returns a Promise to await, where Python’s result() blocks the calling thread; names here are camelCase (maxWorkers, cancelFutures, asCompleted), Python’s use underscores (max_workers, cancel_futures, as_completed); timeouts here are in milliseconds, in Python in seconds. CancelledError, TimeoutError and BrokenProcessPool have the same names; a task’s own error arrives here as RemoteError, where Python raises the task’s original exception again.",
  },

  // 2. The material's page fetch, offline
  fetchIntro: {
    zh: '材料用 ProcessPoolExecutor(10) 抓三个网页：百度正常返回；谷歌会卡住；抽屉不必等谷歌就能返回。这台机器不一定能上网，所以 proc-lab 在 127.0.0.1 上启动一个小网站代替它们：/fast 代替百度，立即返回；/hang 代替谷歌，永不应答；/slow 代替抽屉，{slow} 后返回。每次抓取的超时是 {timeout}。',
    en: 'The material fetches three pages with ProcessPoolExecutor(10): Baidu answers; Google hangs; Chouti returns without waiting for Google. This machine may have no internet, so proc-lab starts a small web server on 127.0.0.1 in their place: /fast stands for Baidu and answers at once, /hang stands for Google and never answers, /slow stands for Chouti and answers after {slow}. Each fetch gives up after {timeout}.',
  },
  serverUp: {
    zh: '网站：{base}（子进程 PID {pid}）',
    en: 'web server: {base} (child PID {pid})',
  },
  fetchSubmitted: {
    zh: '和材料一样，{kind}（{workers} 个{unit}）提交三个抓取任务后立刻调用 shutdown(wait=True)。每个结果一到，主进程里的回调就把它打印出来：',
    en: 'As in the material, a {kind} ({workers} {unit}) gets the three fetches and shutdown(wait=True) is called at once. As each result arrives, a callback in the main process prints it:',
  },
  fetchArrived: {
    zh: '{url}：{status}，任务内耗时 {ms}，PID {pid}，第 {at} 到达',
    en: '{url}: {status}, {ms} inside the task, PID {pid}, arrived at {at}',
  },
  statusTimeout: { zh: '超时', en: 'timed out' },
  statusError: { zh: '出错', en: 'failed' },
  fetchHeld: {
    zh: '/hang 只占住了它自己的那个{one}（PID {pid}）：其余页面都在它超时前 {before} 就回来了。',
    en: '/hang held only its own {one} (PID {pid}): the other pages were all back {before} before it timed out.',
  },
  fetchBehindHang: {
    zh: '只有 {workers} 个{unit}：{pages} 排在 /hang 后面，直到 /hang 超时、腾出它的{one}才开始，比提交时晚了 {waited}。{unit}的数量决定了同时能进行几个任务。',
    en: 'With only {workers} {unit}, {pages} queued behind /hang and started only when /hang timed out and freed its {one}, {waited} after being submitted: the number of workers decides how many tasks can be in progress at once.',
  },
  fetchWaited: {
    zh: '只有 {workers} 个{unit}：{pages} 要等别的页面做完、空出一个{one}才开始，比提交时晚了 {waited}。',
    en: 'With only {workers} {unit}, {pages} waited until another page was done and a {one} was free, and started {waited} after being submitted.',
  },
  fetchShutdown: {
    zh: 'shutdown(wait=True) 过了 {ms} 才返回：那时 /hang 已经超时，所有任务都已结束，{unit}也都已退出。',
    en: 'shutdown(wait=True) returned only after {ms}: by then /hang had timed out, every task had ended and the {unit} had all exited.',
  },
  workersGone: {
    zh: '返回时再查进程表：工作进程 {pids} 都已不存在。',
    en: 'The process table on return: worker processes {pids} no longer exist.',
  },
  workersLeft: {
    zh: '返回时再查进程表：工作进程 {pids} 仍然存在。',
    en: 'The process table on return: worker processes {pids} still exist.',
  },
  correction9Timeout: {
    zh: '材料的 fetch_request 调用 requests.get(url) 时没有给 timeout，而 requests 默认没有超时：一个永不应答的网页会一直占住它的工作进程，shutdown(wait=True) 也就永远不会返回。这里的 /hang 始终没有应答，它的抓取只是因为 proc-lab 给了 {timeout} 的超时才结束。应当写成 requests.get(url, timeout=5)。',
    en: 'The material’s fetch_request calls requests.get(url) without a timeout, and requests has no default timeout: a page that never answers holds its worker process, and shutdown(wait=True) with it, forever. /hang here never answered; its fetch ended only because proc-lab gave it a timeout of {timeout}. Write requests.get(url, timeout=5).',
  },
  correction9Worker: {
    zh: '材料的注释说谷歌页面“直到页面超时后这个进程才结束”，好像工作进程做完一个任务就会结束。并不是：工作进程做完一个任务就去取下一个，直到 shutdown 才退出。这里抓 /hang 的工作进程 PID {pid} 在同一个进程里一共跑了 {k} 个任务（含预热任务），直到 shutdown 才退出。',
    en: 'The material’s comment says that for Google "the process ends only when the page times out", as if a worker process ended after its task. It does not: a worker takes the next task when one is done, and exits only at shutdown. The worker that fetched /hang here, PID {pid}, ran {k} tasks in all (warm-ups included) in that one process, and exited only at shutdown.',
  },
  correction5: {
    zh: '材料的注释把 ProcessPoolExecutor(10) 说成“创建线程池”，这是错的：它创建的是进程池，每个工作进程都是一个独立的进程。',
    en: 'The material’s comment calls ProcessPoolExecutor(10) "create a thread pool". That is wrong: it creates a process pool, and every worker is a separate process.',
  },
  evidence5: {
    zh: '证据：这里抓网页的工作进程的 PID 是 {pids}，而主进程是 {main}。',
    en: 'Evidence: the workers that fetched the pages here have PIDs {pids}; the main process is {main}.',
  },
  evidence5Thread: {
    zh: '这次用了 --kind thread，工作线程是主进程 {main} 里的线程；去掉这个选项再运行，就能看到独立的 PID。',
    en: 'This run used --kind thread, so the workers were threads in the main process {main}; run it without that option to see separate PIDs.',
  },
  correction6: {
    zh: '材料最后一行注释把 shutdown(wait=True) 说成一种“计数器”，也不对。它真正做的是：从此不再接受新任务；wait=True 时，要等所有已提交的任务都完成、所有工作进程都退出之后才返回。',
    en: 'The material’s last comment describes shutdown(wait=True) as a kind of counter. It is not. What it does: from now on no new task is accepted, and with wait=True the call returns only once every submitted task has finished and every worker process has exited.',
  },
  fetchRealIntro: {
    zh: '抓取你给出的 {addresses}（{kind}），每个的超时是 {timeout}：',
    en: 'Fetching the {addresses} you gave ({kind}), each with a timeout of {timeout}:',
  },
  colUrl: { zh: '网址', en: 'address' },
  colStatus: { zh: '状态', en: 'status' },
  colMs: { zh: '耗时', en: 'time' },
  colPid: { zh: 'PID', en: 'PID' },
} satisfies Record<string, Bi>;

/** Failures that end part 2 with one line; `{}` placeholders are filled by the lesson. */
export const fetchErrors = {
  offline: {
    zh: '无法访问 {url}：{why}（没有联网？）',
    en: 'cannot reach {url}: {why} (offline?)',
  },
} satisfies Record<string, Bi>;
