/** The words of the zombie-reap exercise. */
export const text = {
  statement: [
    {
      zh: '父进程启动 5 个子进程，它们分别在 0.2、0.4、0.6、0.8、1.0 秒时退出；父进程自己还有 1.2 秒的工作要做。每个子进程退出后 100 毫秒之内就要被父进程回收，而不是等到最后一起回收。',
      en: 'The parent starts 5 children that exit at 0.2, 0.4, 0.6, 0.8 and 1.0 s, and has 1.2 s of work of its own to do. Each child must be reaped by the parent within 100 ms of its exit, not all of them at the end.',
    },
    {
      zh: '起始文件从不回收：每个子进程从退出起一直是僵尸进程，直到程序结束。',
      en: 'The starter never reaps: each child is a zombie from its exit until the program ends.',
    },
  ],
  hints: [
    {
      zh: '子进程退出时，内核给父进程发 SIGCHLD 信号。在这个信号的处理函数里回收，或者在一个循环里反复 wait，就能做到随退随收。',
      en: 'When a child exits, the kernel sends its parent SIGCHLD. Reap in a handler for that signal, or in a loop of wait calls, and each child is reaped as it exits.',
    },
    {
      zh: 'Python：在 fork 之前 signal.signal(signal.SIGCHLD, reap)，reap 里循环 os.waitpid(-1, os.WNOHANG)，直到返回 (0, 0) 或抛出 ChildProcessError；time.sleep 被信号打断后会自动继续。JavaScript：Node 在事件循环里回收子进程，所以把 1.2 秒的工作切成 10 毫秒一段，段与段之间 await new Promise(setImmediate)，最后 await 所有子进程的 exit，不要 process.exit()。',
      en: "Python: before forking, signal.signal(signal.SIGCHLD, reap), and in reap loop on os.waitpid(-1, os.WNOHANG) until it returns (0, 0) or raises ChildProcessError; time.sleep carries on after the handler. JavaScript: Node reaps from its event loop, so cut the 1.2 s of work into 10 ms slices with await new Promise(setImmediate) between them, and at the end await every child's 'exit' instead of process.exit().",
    },
  ],
  apart: {
    title: {
      zh: '子进程在不同的时刻退出',
      en: 'the children exit at different moments',
    },
    ok: {
      zh: '5 个子进程分别在 {times} 秒退出',
      en: 'the 5 children exited at {times} s',
    },
    close: {
      zh: '子进程 {a} 和 {b} 的退出时间只相差 {gap} 秒',
      en: 'children {a} and {b} exited only {gap} s apart',
    },
    missing: {
      zh: '子进程 {pid} 在程序结束时还没有退出',
      en: 'child {pid} had not exited by the end',
    },
  },
  prompt: {
    title: {
      zh: '每个子进程退出后 100 毫秒内被父进程回收',
      en: 'the parent reaps each child within 100 ms of its exit',
    },
    ok: {
      zh: '每个子进程都在退出后 {max} 秒内被回收（最慢的是 {pid}）',
      en: 'every child was reaped within {max} s of its exit (the slowest: {pid})',
    },
    late: {
      zh: '子进程 {pid} 在 {exit} 秒退出，直到 {until} 秒才被回收，晚了 {z} 秒',
      en: 'child {pid} exited at {exit} s and was reaped only at {until} s, {z} s later',
    },
  },
} as const;
