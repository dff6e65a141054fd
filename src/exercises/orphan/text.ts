/** The words of the orphan exercise. */
export const text = {
  statement: [
    {
      zh: '造一个孤儿进程：一个子进程比它的父进程活得久。它先打印一次父进程的 PID，等父进程结束后再打印一次。跟踪结果要显示它被收养（re-parent），并且它打印的两个 PID 要和跟踪结果一致。',
      en: "Make an orphan: a child that outlives its parent. It prints its parent's PID once, and again after the parent has ended. The trace must show it being adopted (re-parented), and the two PIDs it printed must match the trace.",
    },
    {
      zh: '程序结束时还在运行的进程都会被 proc-lab 结束，所以孤儿是孙进程：主程序启动一个中间进程，中间进程再启动孤儿，然后不等它就离开；主程序一直等到孤儿结束。孤儿由 proc-lab 的 subreaper 收养，而不是 PID 1，所以你会看到它的 PID。起始文件里中间进程等它的子进程结束，所以没有孤儿。',
      en: "proc-lab ends whatever is still running when your program ends, so the orphan is a grandchild: the main program starts a middle process, which starts the orphan and leaves without waiting for it; the main program stays until the orphan is done. The orphan is adopted by proc-lab's subreaper, not by PID 1, so that is the PID you will see. In the starter the middle process waits for its child, so there is no orphan.",
    },
  ],
  hints: [
    {
      zh: '父进程不等子进程就结束，子进程就成了孤儿。孤儿第二次打印时要重新问内核父进程是谁，而不是用之前记下的值。',
      en: 'If a parent ends without waiting for its child, the child becomes an orphan. For its second line the orphan must ask the kernel again who its parent is, not reuse a value it saved.',
    },
    {
      zh: 'Python：中间进程里把 os.wait() 换成 time.sleep(0.2)，然后 os._exit(0)；孤儿每次都调用 os.getppid()。JavaScript：中间进程里把等待 "exit" 的那一行换成 process.exit(0)；孤儿每次都读 process.ppid。',
      en: "Python: in the middle process replace os.wait() with time.sleep(0.2), then os._exit(0); the orphan calls os.getppid() each time. JavaScript: in the middle process replace the await of 'exit' with process.exit(0); the orphan reads process.ppid each time.",
    },
  ],
  outlived: {
    title: { zh: '子进程比父进程活得久', en: 'a child outlives its parent' },
    ok: {
      zh: '进程 {pid} 在 {exit} 秒结束，晚于它的父进程 {parent}（{end} 秒）',
      en: 'process {pid} ended at {exit} s, after its parent {parent} at {end} s',
    },
    none: { zh: '主程序没有启动任何进程', en: 'the program started no process' },
    before: {
      zh: '每个进程都在它的父进程之前结束：没有孤儿（例如 {pid} 在 {exit} 秒结束，它的父进程 {parent} 在 {end} 秒）',
      en: 'every process ended before its parent, so there was no orphan ({pid} ended at {exit} s, its parent {parent} at {end} s)',
    },
  },
  adopted: {
    title: { zh: '跟踪结果显示孤儿被收养', en: 'the trace shows the orphan re-parented' },
    ok: {
      zh: '{t} 秒时，进程 {pid} 的父进程从 {from} 变为 {to}',
      en: 'at {t} s {pid} was re-parented from {from} to {to}',
    },
    none: {
      zh: '跟踪结果里没有进程 {pid} 被收养的记录',
      en: 'the trace shows no re-parenting of {pid}',
    },
  },
  printed: {
    title: {
      zh: '孤儿打印的前后两个父进程 PID 与跟踪结果一致',
      en: 'the parent PIDs the orphan printed before and after match the trace',
    },
    ok: {
      zh: '进程 {pid} 先打印了 {before}（它出生时的父进程），后打印了 {after}（收养它的进程，与跟踪结果一致）',
      en: 'process {pid} printed {before} (its parent at birth) and then {after} (its adopter, as the trace shows)',
    },
    missingBefore: {
      zh: '没有看到进程 {pid} 打印的 "orphan {pid} parent before …"',
      en: "no line 'orphan {pid} parent before …' from process {pid}",
    },
    missingAfter: {
      zh: '没有看到进程 {pid} 打印的 "orphan {pid} parent after …"',
      en: "no line 'orphan {pid} parent after …' from process {pid}",
    },
    wrongBefore: {
      zh: '进程 {pid} 先打印的父进程是 {printed}，但它出生时的父进程是 {parent}',
      en: 'process {pid} first printed parent {printed}, but its parent at birth was {parent}',
    },
    wrongAfter: {
      zh: '父进程结束后，进程 {pid} 打印的父进程是 {printed}，但跟踪显示收养它的是 {to}',
      en: 'after its parent ended, process {pid} printed parent {printed}, but the trace shows it was adopted by {to}',
    },
  },
} as const;
