/** The words of the memory-isolated exercise. */
export const text = {
  statement: [
    {
      zh: '进程之间相互独立，各有各的内存。让一个子进程把变量 counter 加上 100 并打印它看到的值；父进程等这个子进程结束后，再打印自己的 counter。',
      en: 'Processes are independent, each with its own memory. Have a child process add 100 to the variable counter and print the value it sees; the parent waits for that child to end and then prints its own counter.',
    },
    {
      zh: '子进程看到 100，父进程仍然看到 0：子进程改的只是它自己的那一份。起始文件在同一个进程里做了这两件事，所以两行都是 100。',
      en: 'The child sees 100 and the parent still sees 0: the child changed only its own copy. The starter does both in one process, so both lines say 100.',
    },
  ],
  hints: [
    {
      zh: '把 child_work()（childWork()）放到一个真正的子进程里运行，父进程在打印之前先等这个子进程结束。',
      en: 'Run child_work() (childWork()) in a real child process, and have the parent wait for that child before it prints.',
    },
    {
      zh: 'Python：pid = os.fork()；在 pid == 0 的分支里调用 child_work() 再 os._exit(0)；父进程 os.waitpid(pid, 0) 之后打印。JavaScript：spawn(process.execPath, [me, "child"], { stdio: "inherit" })，await 它的 exit 事件，然后打印。线程不行：线程在同一个进程里。',
      en: "Python: pid = os.fork(); in the pid == 0 branch call child_work() then os._exit(0); the parent prints after os.waitpid(pid, 0). JavaScript: spawn(process.execPath, [me, 'child'], { stdio: 'inherit' }), await its 'exit', then print. A thread will not do: it lives inside the same process.",
    },
  ],
  childCopy: {
    title: {
      zh: '子进程（另一个 PID）看到 counter = 100',
      en: 'a child process (another PID) sees counter = 100',
    },
    ok: {
      zh: '子进程 {pid} 打印了 counter = {value}',
      en: 'child {pid} printed counter = {value}',
    },
    missing: {
      zh: '没有看到 "child pid … sees counter = …" 这一行',
      en: "no line 'child pid … sees counter = …'",
    },
    notChild: {
      zh: '"child pid {pid} sees counter = {value}" 这一行里的 {pid} 不是子进程{what}：改动发生在同一个进程里',
      en: "the line 'child pid {pid} sees counter = {value}' names {pid}, which is no child process{what}: the change happened in the same process",
    },
    isMain: { zh: '，而是主进程本身', en: ' but the main process itself' },
    wrong: {
      zh: '子进程 {pid} 看到的是 counter = {value}，应为 100',
      en: 'child {pid} sees counter = {value}, where 100 was expected',
    },
  },
  parentCopy: {
    title: {
      zh: '子进程结束后，父进程的 counter 仍是 0',
      en: "after the child has ended, the parent's counter is still 0",
    },
    ok: {
      zh: '父进程 {pid} 在 {t} 秒（子进程 {child} 于 {exit} 秒结束之后）看到 counter = 0：子进程改的只是它自己的那一份',
      en: 'the parent {pid} sees counter = 0 at {t} s, after the child {child} ended at {exit} s: the child changed only its own copy',
    },
    missing: {
      zh: '没有看到父进程 {pid} 打印的 "parent pid {pid} sees counter = …" 这一行',
      en: "no line 'parent pid {pid} sees counter = …' from the parent {pid}",
    },
    changed: {
      zh: '父进程 {pid} 看到 counter = {value}：改动发生在父进程自己的内存里',
      en: "the parent {pid} sees counter = {value}: the change was made in the parent's own memory",
    },
    early: {
      zh: '父进程在 {t} 秒就打印了，那时子进程 {child} 还没结束（{exit} 秒才结束）',
      en: 'the parent printed at {t} s, before the child {child} had ended (at {exit} s)',
    },
    noChild: { zh: '没有子进程', en: 'there was no child process' },
  },
} as const;
