/** The words of the rules several exercises share (each exercise adds its own in its text.ts). */
export const common = {
  ran: {
    title: {
      zh: '程序自己运行到结束（退出码 0）',
      en: 'the program runs to its end by itself (exit code 0)',
    },
    ok: {
      zh: '进程 {pid} 在 {s} 秒后以退出码 0 结束',
      en: 'process {pid} exited with code 0 after {s} s',
    },
    code: {
      zh: '进程 {pid} 在 {s} 秒后以退出码 {code} 结束：它的报错在上面',
      en: 'process {pid} exited with code {code} after {s} s: its error is shown above',
    },
    signal: {
      zh: '进程 {pid} 在 {s} 秒后被信号 {signal} 结束',
      en: 'process {pid} was ended by {signal} after {s} s',
    },
    timeout: {
      zh: '超过时间限制 {s} 秒仍在运行，已被停止：是不是有什么在永远等待？',
      en: 'still running at the time limit of {s} s, so it was stopped: is something waiting forever?',
    },
    maxProcs: {
      zh: '它启动的进程达到上限 {n} 个，已被停止：像是一个 fork 炸弹',
      en: 'it reached the limit of {n} processes and was stopped: that looks like a fork bomb',
    },
    flood: {
      zh: '输出超过 {n} 行，已被截断并停止',
      en: 'it printed more than {n} lines, so its output was cut and it was stopped',
    },
    none: { zh: '程序没有启动', en: 'the program never started' },
  },
  children: {
    title: { zh: '恰好 {n} 个子进程', en: 'exactly {n} child processes' },
    ok: { zh: '{count} 个子进程：{pids}', en: 'child processes: {count} ({pids})' },
    bad: {
      zh: '要求 {n} 个子进程，实际有 {count} 个：{pids}',
      en: 'child processes: {count} ({pids}), where {n} were asked',
    },
  },
  reapedByParent: {
    title: {
      zh: '每个子进程都由父进程自己回收（wait）',
      en: 'the parent reaps (waits for) every child itself',
    },
    ok: {
      zh: '{pids} 都由父进程 {parent} 回收',
      en: '{pids} were all reaped by their parent {parent}',
    },
    none: { zh: '没有子进程可回收', en: 'there was no child to reap' },
    other: {
      zh: '子进程 {pid} 在 {exit} 秒退出，父进程 {parent} 没有回收它：它一直是僵尸进程，直到 {until} 秒由 {by} 回收',
      en: 'child {pid} exited at {exit} s and its parent {parent} never reaped it: a zombie until {by} reaped it at {until} s',
    },
    never: {
      zh: '子进程 {pid} 在 {exit} 秒退出，从未被回收：到 {until} 秒程序结束时它一直是僵尸进程',
      en: 'child {pid} exited at {exit} s and was never reaped: a zombie until the end at {until} s',
    },
    running: {
      zh: '子进程 {pid} 在父进程 {parent} 结束（{end} 秒）时还在运行，父进程没有等它',
      en: 'child {pid} was still running when its parent {parent} ended at {end} s: the parent did not wait for it',
    },
  },
  /** Who reaped or adopted a process, when it was proc-lab's subreaper rather than the program. */
  subreaper: { zh: 'proc-lab 的 subreaper {pid}', en: "proc-lab's subreaper {pid}" },
  together: {
    title: { zh: '{n} 个子进程同时存活', en: 'the {n} children are alive at the same time' },
    ok: {
      zh: '{t} 秒时 {n} 个子进程同时存活',
      en: 'at {t} s all {n} children were alive at once',
    },
    bad: {
      zh: '同一时刻最多只有 {count} 个子进程存活：它们是一个接一个运行的',
      en: 'the most children alive at one moment: {count}; they ran one after another',
    },
    none: { zh: '没有子进程', en: 'there was no child process' },
  },
} as const;
