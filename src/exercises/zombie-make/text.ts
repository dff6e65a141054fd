/** The words of the zombie-make exercise. */
export const text = {
  statement: [
    {
      zh: '造一个僵尸进程：子进程退出后，父进程先不回收它，让它保持僵尸状态至少 1 秒，然后父进程自己回收它（wait）。程序结束时不能留下僵尸进程。',
      en: 'Make a zombie: after the child exits, the parent does not collect it at first, so that it stays a zombie for at least 1 s; then the parent reaps it itself (wait). No zombie remains when the program ends.',
    },
    {
      zh: 'Python 的起始文件就是材料里的程序（睡眠缩短为 1.5 秒）：它从不回收子进程，僵尸进程一直留到父进程结束、被别的进程收养为止。Node 会在事件循环里立即回收子进程，所以 JavaScript 的起始文件里根本看不到僵尸进程。',
      en: "Python's starter is the material's program (its sleep cut to 1.5 s): it never reaps its child, so the zombie stays until the parent ends and someone else adopts it. Node reaps a child from its event loop at once, so JavaScript's starter shows no zombie at all.",
    },
  ],
  hints: [
    {
      zh: '僵尸进程是"已经退出、但退出状态还没被父进程取走"的进程。父进程什么时候调用 wait，僵尸就在什么时候消失。',
      en: 'A zombie is a process that has exited and whose exit status its parent has not collected yet. It is gone the moment the parent calls wait.',
    },
    {
      zh: 'Python：在 time.sleep(1.5) 之后调用 os.waitpid(pid, 0)。JavaScript：spawn 之后立刻用 Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000) 同步等 2 秒（事件循环不能运行，就没人回收），之后正常返回，让事件循环回收它，不要用 process.exit() 直接离开。',
      en: 'Python: call os.waitpid(pid, 0) after time.sleep(1.5). JavaScript: right after spawn, wait synchronously for 2 s with Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000) (the event loop cannot run, so nobody reaps), then return normally so that the loop reaps it; do not leave with process.exit().',
    },
  ],
  zombie: {
    title: {
      zh: '有一个子进程当了至少 1 秒僵尸进程',
      en: 'a child stays a zombie for at least 1 s',
    },
    ok: {
      zh: '子进程 {pid} 在 {exit} 秒退出，当了 {z} 秒僵尸进程',
      en: 'child {pid} exited at {exit} s and was a zombie for {z} s',
    },
    short: {
      zh: '子进程 {pid} 在 {exit} 秒退出，只当了 {z} 秒僵尸进程（至少要 1 秒）',
      en: 'child {pid} exited at {exit} s and was a zombie for only {z} s (at least 1 s was asked)',
    },
    none: { zh: '没有子进程', en: 'there was no child process' },
  },
} as const;
