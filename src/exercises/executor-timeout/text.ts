/** The words of the executor-timeout exercise. */
export const text = {
  statement: [
    {
      zh: '材料里用进程池抓取网页的程序，改为离线：proc-lab 在本机启动一个小网页服务器，它的地址在环境变量 PROC_LAB_SERVER 里。/fast 立即返回，/slow 稍后返回，/hang 永远不返回。用 ProcessPoolExecutor 同时抓取这 3 个地址，每次请求有 2 秒超时。',
      en: "The material's page fetch in a process pool, made offline: proc-lab starts a small web server on this machine, its base URL in the environment variable PROC_LAB_SERVER. /fast answers at once, /slow a little later, /hang never. Fetch the 3 URLs at once with ProcessPoolExecutor, each request with a 2 s timeout.",
    },
    {
      zh: '要求：另外两个页面在卡住的那个超时之前就打印出来；shutdown(wait=True) 要等 3 个任务都完成之后才返回（材料说它像一个计数器，其实它做的是：不再接收新任务，并等所有任务完成、工作进程退出）。起始文件在主进程里逐个抓取，/slow 要等 /hang 超时。',
      en: "Asked: the other two pages are printed before the hung one's timeout ends, and shutdown(wait=True) returns only after all 3 tasks (the material calls it a counter; what it does: accept no new tasks, and wait until every task is done and the workers have exited). The starter fetches one page after another in the main process, so /slow waits for /hang's timeout.",
    },
  ],
  hints: [
    {
      zh: '把每次抓取交给进程池的 submit()，它立即返回一个 Future；3 个工作进程同时抓取，卡住的那个只占住它自己的工作进程。',
      en: "Hand each fetch to the pool's submit(), which returns a Future at once; 3 workers fetch at the same time, and the hung one holds up only its own worker.",
    },
    {
      zh: 'Python：pool = ProcessPoolExecutor(3)；for url in URLS: pool.submit(fetch, url)；pool.shutdown(wait=True)；然后打印 "shutdown returned"。JavaScript：const ex = new ProcessPoolExecutor({ maxWorkers: 3, module: import.meta.url })；ex.submit("fetchPage", url)；await ex.shutdown({ wait: true })。',
      en: "Python: pool = ProcessPoolExecutor(3); for url in URLS: pool.submit(fetch, url); pool.shutdown(wait=True); then print 'shutdown returned'. JavaScript: const ex = new ProcessPoolExecutor({ maxWorkers: 3, module: import.meta.url }); ex.submit('fetchPage', url); await ex.shutdown({ wait: true }).",
    },
  ],
  workers: {
    title: {
      zh: '页面在至少 2 个工作进程里同时抓取',
      en: 'the pages are fetched in at least 2 worker processes',
    },
    ok: {
      zh: '页面在工作进程 {pids} 里抓取',
      en: 'the pages were fetched in the worker processes {pids}',
    },
    few: {
      zh: '只看到 {count} 行 "page …" 或 "timeout …"，应有 3 行',
      en: "only {count} lines 'page …' or 'timeout …' where 3 were expected",
    },
    main: {
      zh: '{path} 是在进程 {pid} 里抓取的，它不是工作进程{what}',
      en: '{path} was fetched in {pid}, which is not a worker process{what}',
    },
    isMain: { zh: '，而是主进程', en: ' but the main process' },
    one: {
      zh: '3 个页面都在同一个进程 {pid} 里抓取',
      en: 'all 3 pages were fetched in one process, {pid}',
    },
  },
  early: {
    title: {
      zh: '另外两个页面在 /hang 超时之前打印',
      en: 'the other two pages are printed before /hang times out',
    },
    ok: {
      zh: '/fast 在 {fast} 秒、/slow 在 {slow} 秒打印，都早于 /hang 在 {hang} 秒超时',
      en: '/fast at {fast} s and /slow at {slow} s were printed before /hang timed out at {hang} s',
    },
    noTimeout: {
      zh: '没有 "timeout /hang" 这一行：卡住的页面从未超时',
      en: "no line 'timeout /hang': the hung page never timed out",
    },
    missing: {
      zh: '没有 "page {path} …" 这一行',
      en: "no line 'page {path} …'",
    },
    late: {
      zh: '{path} 在 {t} 秒才打印，晚于 /hang 在 {hang} 秒超时：它在等那个卡住的页面',
      en: '{path} was printed at {t} s, after /hang timed out at {hang} s: it waited for the hung page',
    },
  },
  shutdown: {
    title: {
      zh: 'shutdown(wait=True) 在 3 个任务都完成后才返回',
      en: 'shutdown(wait=True) returns only after all 3 tasks',
    },
    ok: {
      zh: 'shutdown 在 {s} 秒返回，晚于 3 个任务中最后一个（{last} 秒）',
      en: 'shutdown returned at {s} s, after the last of the 3 tasks at {last} s',
    },
    missing: {
      zh: '没有 "shutdown returned" 这一行',
      en: "no line 'shutdown returned'",
    },
    early: {
      zh: 'shutdown 在 {s} 秒就返回了，早于 {path} 的任务结束（{t} 秒）',
      en: 'shutdown returned at {s} s, before the task for {path} ended at {t} s',
    },
  },
} as const;
