/** The words of the pool-async exercise. */
export const text = {
  statement: [
    {
      zh: '材料里的进程池程序：Pool(3)，10 个各需 0.5 秒的任务，用 apply_async 提交，并带一个回调函数，回调打印它所在进程的 PID。',
      en: "The material's pool program: Pool(3), 10 tasks of 0.5 s each, submitted with apply_async and a callback that prints the PID it runs in.",
    },
    {
      zh: '要求：恰好 3 个工作进程，并且被反复使用；程序的进程同一时刻最多 4 个存活（主进程和 3 个工作进程；较新的 Python 默认会启动的 forkserver、resource tracker 辅助进程会被标出且不计入）；用时约 ⌈10/3⌉ × 0.5 = 2 秒（规则：不超过 3.5 秒）；每个回调都在主进程里运行。起始文件在主进程里逐个运行这些任务，要 5 秒。',
      en: "Asked: exactly 3 worker processes, reused; never more than 4 of the program's processes alive at once (the main one and 3 workers; the forkserver and resource-tracker helpers that newer Pythons start by default are named as such and not counted); done in about ⌈10/3⌉ × 0.5 = 2 s (rule: under 3.5 s); every callback in the main PID. The starter runs the tasks one by one in the main process: 5 s.",
    },
  ],
  hints: [
    {
      zh: 'apply_async 立即返回，任务在工作进程里运行；apply 会阻塞到这一个任务完成（材料把两者说反了）。提交完后先 close() 再 join()，否则主进程结束时任务会丢失。',
      en: 'apply_async returns at once and the task runs in a worker; apply blocks until that one task is done (the material swaps the two). After submitting, close() and then join(), or the tasks are lost when the main process ends.',
    },
    {
      zh: 'Python：pool = Pool(3)；for i in range(10): pool.apply_async(foo, (i,), callback=call)；pool.close()；pool.join()。JavaScript：const pool = new Pool({ processes: 3, module: import.meta.url })；pool.applyAsync("foo", [i], { callback: call })；pool.close()；await pool.join()。',
      en: "Python: pool = Pool(3); for i in range(10): pool.apply_async(foo, (i,), callback=call); pool.close(); pool.join(). JavaScript: const pool = new Pool({ processes: 3, module: import.meta.url }); pool.applyAsync('foo', [i], { callback: call }); pool.close(); await pool.join().",
    },
  ],
  workersTitle: { zh: '恰好 {n} 个工作进程', en: 'exactly {n} worker processes' },
  helpers: {
    zh: '（不计入：Python 的辅助进程 {pids}）',
    en: " (not counted: Python's helper processes {pids})",
  },
  reused: {
    title: {
      zh: '10 个任务由这 3 个工作进程反复完成',
      en: 'the 10 tasks ran in those 3 workers, each reused',
    },
    ok: {
      zh: '10 个任务在 {count} 个工作进程里完成：{spread}',
      en: '10 tasks ran in {count} worker processes: {spread}',
    },
    few: {
      zh: '只看到 {count} 行 "task … in …"，应有 10 行',
      en: "only {count} lines 'task … in …' where 10 were expected",
    },
    notWorker: {
      zh: '任务 {task} 在进程 {pid} 里运行，它不是工作进程{what}',
      en: 'task {task} ran in {pid}, which is not a worker process{what}',
    },
    isMain: { zh: '，而是主进程', en: ' but the main process' },
  },
  maxAlive: {
    title: {
      zh: '同一时刻最多 4 个程序进程存活',
      en: "never more than 4 of the program's processes alive at once",
    },
    ok: {
      zh: '同一时刻最多 {count} 个程序进程存活（{t} 秒时）{helpers}',
      en: "at most {count} of the program's processes were alive at once (at {t} s){helpers}",
    },
    bad: {
      zh: '{t} 秒时有 {count} 个程序进程同时存活，最多只能 4 个（主进程加 3 个工作进程）{helpers}',
      en: "{count} of the program's processes were alive at once at {t} s; at most 4 are allowed (main and 3 workers){helpers}",
    },
  },
  time: {
    title: { zh: '10 个任务在 3.5 秒内完成', en: 'the 10 tasks are done in under 3.5 s' },
    ok: {
      zh: '从第一个任务开始（{from} 秒）到最后一个回调（{to} 秒）用了 {s} 秒（预计约 ⌈10/3⌉ × 0.5 = 2.0 秒）',
      en: 'from the first task’s start at {from} s to the last callback at {to} s: {s} s (about ⌈10/3⌉ × 0.5 = 2.0 s expected)',
    },
    bad: {
      zh: '从第一个任务开始（{from} 秒）到最后一个回调（{to} 秒）用了 {s} 秒，超过 3.5 秒（预计约 ⌈10/3⌉ × 0.5 = 2.0 秒）：任务没有并行运行',
      en: 'from the first task’s start at {from} s to the last callback at {to} s: {s} s, over 3.5 s (about ⌈10/3⌉ × 0.5 = 2.0 s expected): the tasks did not run in parallel',
    },
    missing: {
      zh: '没有看到 "task … in …" 和 "callback … in …" 这两种行，无法计时',
      en: "no 'task … in …' and 'callback … in …' lines to time",
    },
  },
  callbacks: {
    title: { zh: '每个回调都在主进程里运行', en: 'every callback runs in the main process' },
    ok: {
      zh: '10 个回调都在主进程 {pid} 里运行',
      en: 'all 10 callbacks ran in the main process {pid}',
    },
    few: {
      zh: '只看到 {count} 行 "callback … in …"，应有 10 行',
      en: "only {count} lines 'callback … in …' where 10 were expected",
    },
    elsewhere: {
      zh: '结果 {result} 的回调在进程 {pid} 里运行，而不是主进程 {main}',
      en: 'the callback for {result} ran in {pid}, not in the main process {main}',
    },
  },
} as const;
