/** The words of the three-children exercise: statement, hints, and what its own rules say. */
export const text = {
  statement: [
    {
      zh: '让一个父进程同时启动 3 个子进程。每个子进程打印自己的 PID 和父进程的 PID（起始文件里已经写好了这一行），工作 0.5 秒后结束。父进程要等 3 个子进程全部结束、逐个回收之后才结束。',
      en: "Have one parent start 3 child processes that run at the same time. Each child prints its own PID and its parent's (the starter already prints that line), works for 0.5 s and ends. The parent ends only after all 3 have ended and it has reaped each one.",
    },
    {
      zh: '起始文件每启动一个子进程就先等它结束，所以 3 个子进程从来不会同时运行。',
      en: 'The starter waits for each child before it starts the next, so the 3 never run at the same time.',
    },
  ],
  hints: [
    {
      zh: '把"启动"和"等待"分成两个循环：先把 3 个子进程都启动起来，记下它们的 PID，再逐个等待。',
      en: 'Split starting and waiting into two loops: first start all 3 and keep their PIDs, then wait for each one.',
    },
    {
      zh: 'Python：第一个循环里 os.fork() 后把 pid 放进列表，第二个循环里对每个 pid 调用 os.waitpid(pid, 0)。JavaScript：先用 map 调用 3 次 spawn()，再 await Promise.all(每个子进程 exit 事件的 Promise)。',
      en: "Python: in the first loop append each os.fork() pid to a list; in a second loop call os.waitpid(pid, 0) for each. JavaScript: map 3 spawn() calls first, then await Promise.all of a promise per child's 'exit' event.",
    },
  ],
  printed: {
    title: {
      zh: '每个子进程打印的 PID 和父进程 PID 与跟踪结果一致',
      en: "each child prints its own PID and its parent's, matching the trace",
    },
    ok: {
      zh: '子进程 {pids} 各自打印了自己的 PID 和父进程 {parent}，与跟踪结果一致',
      en: 'children {pids} each printed their own PID and their parent {parent}, as the trace shows',
    },
    missing: {
      zh: '没有看到子进程 {pid} 打印的 "child … pid {pid} parent …" 这一行',
      en: "no line 'child … pid {pid} parent …' from child {pid}",
    },
    wrong: {
      zh: '子进程 {pid} 打印的父进程是 {printed}，但跟踪显示它是由 {parent} 创建的',
      en: 'child {pid} printed parent {printed}, but the trace shows it was born of {parent}',
    },
  },
} as const;
