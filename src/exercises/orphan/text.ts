/** The words of the orphan exercise. */
export const text = {
  statement: [
    {
      zh: '造一个孤儿进程：子进程比父进程活得久。子进程先打印一次父进程的 PID，等父进程结束后再打印一次。跟踪结果要显示它被收养（re-parent），并且它打印的两个 PID 要和跟踪结果一致。',
      en: "Make an orphan: a child that outlives its parent. The child prints its parent's PID once, and again after the parent has ended. The trace must show it being adopted (re-parented), and the two PIDs it printed must match the trace.",
    },
    {
      zh: '在 proc-lab 下，孤儿由 proc-lab 自己收养（它是 subreaper），而不是 PID 1，所以你会看到它的 PID。起始文件里父进程等子进程结束，所以没有孤儿。',
      en: 'Under proc-lab the orphan is adopted by proc-lab itself (a subreaper), not by PID 1, so that is the PID you will see. In the starter the parent waits for its child, so there is no orphan.',
    },
  ],
  hints: [
    {
      zh: '父进程不等子进程，直接结束，子进程就成了孤儿。子进程第二次打印时要重新问内核父进程是谁，而不是用之前记下的值。',
      en: 'If the parent ends without waiting, the child becomes an orphan. For its second line the child must ask the kernel again who its parent is, not reuse the value it saved.',
    },
    {
      zh: 'Python：删掉 os.waitpid(pid, 0)，让父进程打印后直接结束；子进程每次都调用 os.getppid()。JavaScript：把 await … "exit" 那一行换成 process.exit(0)；子进程每次都读 process.ppid。',
      en: "Python: delete os.waitpid(pid, 0) so the parent prints and ends; the child calls os.getppid() each time. JavaScript: replace the await of 'exit' with process.exit(0); the child reads process.ppid each time.",
    },
  ],
  outlived: {
    title: { zh: '子进程比父进程活得久', en: 'a child outlives its parent' },
    ok: {
      zh: '子进程 {pid} 在 {exit} 秒结束，晚于父进程 {parent}（{end} 秒）',
      en: 'child {pid} ended at {exit} s, after its parent {parent} at {end} s',
    },
    none: { zh: '没有子进程', en: 'there was no child process' },
    before: {
      zh: '子进程 {pid} 在 {exit} 秒就结束了，早于父进程 {parent}（{end} 秒）',
      en: 'child {pid} ended at {exit} s, before its parent {parent} at {end} s',
    },
  },
  adopted: {
    title: { zh: '跟踪结果显示子进程被收养', en: 'the trace shows the child re-parented' },
    ok: {
      zh: '{t} 秒时，子进程 {pid} 的父进程从 {from} 变为 {to}',
      en: 'at {t} s child {pid} was re-parented from {from} to {to}',
    },
    none: {
      zh: '跟踪结果里没有子进程 {pid} 被收养的记录',
      en: 'the trace shows no re-parenting of child {pid}',
    },
  },
  printed: {
    title: {
      zh: '子进程打印的前后两个父进程 PID 与跟踪结果一致',
      en: 'the parent PIDs the child printed before and after match the trace',
    },
    ok: {
      zh: '子进程 {pid} 先打印了 {before}（它出生时的父进程），后打印了 {after}（收养它的进程，与跟踪结果一致）',
      en: 'child {pid} printed {before} (its parent at birth) and then {after} (its adopter, as the trace shows)',
    },
    missingBefore: {
      zh: '没有看到子进程 {pid} 打印的 "child {pid} parent before …"',
      en: "no line 'child {pid} parent before …' from child {pid}",
    },
    missingAfter: {
      zh: '没有看到子进程 {pid} 打印的 "child {pid} parent after …"',
      en: "no line 'child {pid} parent after …' from child {pid}",
    },
    wrongBefore: {
      zh: '子进程 {pid} 先打印的父进程是 {printed}，但它出生时的父进程是 {parent}',
      en: 'child {pid} first printed parent {printed}, but its parent at birth was {parent}',
    },
    wrongAfter: {
      zh: '父进程结束后，子进程 {pid} 打印的父进程是 {printed}，但跟踪显示收养它的是 {to}',
      en: 'after its parent ended, child {pid} printed parent {printed}, but the trace shows it was adopted by {to}',
    },
  },
} as const;
