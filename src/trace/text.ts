/** Words of `proc-lab trace` that are not explanations: errors, notices, headings, columns. */
import type { Bi } from '../i18n/index.js';

export const text = {
  notFound: {
    zh: '找不到命令 {name}（不在 PATH 里，也不是一个文件）',
    en: 'command not found: {name} (not on PATH, and not a file)',
  },
  isDirectory: { zh: '{name} 是一个目录，不能运行', en: '{name} is a directory: it cannot be run' },
  notExecutable: {
    zh: '{name} 没有执行权限（chmod +x 之后才能运行）',
    en: '{name} is not executable (it needs chmod +x)',
  },
  notAProgram: {
    zh: '{name} 既不是可执行的二进制程序，也没有以 #! 开头的解释器行',
    en: '{name} is neither a binary program nor a script starting with a #! line',
  },
  spawnFailed: { zh: '无法运行 {name}：{error}', en: 'cannot run {name}: {error}' },
  noCommand: {
    zh: '缺少要跟踪的命令，例如 proc-lab trace -- python3 prog.py，或 --material pool|zombie|executor',
    en: 'no command to trace, e.g. proc-lab trace -- python3 prog.py, or --material pool|zombie|executor',
  },
  bothCommandAndMaterial: {
    zh: '--material 和命令只能二选一',
    en: '--material and a command cannot be given together',
  },
  straceMissing: {
    zh: '没有安装 strace（Debian/Ubuntu：apt-get install strace），不能用 --observer strace',
    en: 'strace is not installed (Debian/Ubuntu: apt-get install strace), so --observer strace cannot be used',
  },
  straceBlocked: {
    zh: 'strace 在这里不能跟踪进程（ptrace 被禁止）：{why}',
    en: 'strace cannot trace processes here (ptrace is not allowed): {why}',
  },
  procMissing: {
    zh: '这个系统没有 /proc，不能用 --observer proc（可以用 --observer ps）',
    en: 'this system has no /proc, so --observer proc cannot be used (try --observer ps)',
  },
  fellBack: {
    zh: '没有可用的 strace（{why}），改为每 {ms} ms 读一次 {source}：看不到比这更短的进程，也分不清输出是哪个进程写的',
    en: 'no usable strace ({why}); reading {source} every {ms} ms instead: processes shorter than that are missed, and output cannot be told apart by process',
  },
  straceNeedsPython: {
    zh: 'strace 由 proc-lab 的子进程收割者启动，而它需要 python3，但没有找到',
    en: "strace is started by proc-lab's subreaper, which needs python3, and none was found",
  },
  notInstalled: { zh: '未安装', en: 'not installed' },
  observerStrace: {
    zh: '观察者：strace（-f，精确到微秒；看得到 fork/clone、execve、退出，以及谁用 wait 回收了谁）',
    en: 'observer: strace (-f, microsecond timestamps: fork/clone, execve, exits, and who reaped whom with wait)',
  },
  strays: {
    zh: '程序结束时，它的进程组里还有进程（没有子进程收割者收养它们）：proc-lab 已用 SIGKILL 结束了它们',
    en: "processes were still in the program's process group when it ended (no subreaper adopts them): proc-lab ended them with SIGKILL",
  },
  observerPoll: {
    zh: '观察者：每 {ms} ms 读一次 {source}（精度 {ms} ms；比这更短的进程看不到）',
    en: 'observer: {source} read every {ms} ms (resolution {ms} ms; shorter-lived processes are missed)',
  },
  subreaper: {
    zh: 'proc-lab 的子进程收割者（subreaper）PID {pid}：孤儿进程会过继给它，而不是 PID 1，结束时由它清理',
    en: "proc-lab's subreaper is PID {pid}: orphans are re-parented to it instead of PID 1, and it cleans them up",
  },
  noSubreaper: {
    zh: '没有子进程收割者（{why}）：孤儿进程会过继给 PID 1（{init}），proc-lab 只能按 PID 结束它们',
    en: 'no subreaper ({why}): orphans go to PID 1 ({init}), and proc-lab can only end them by PID',
  },
  noPython: { zh: '需要 python3 调用 prctl()，但没有找到', en: 'prctl() needs python3, not found' },
  notLinux: {
    zh: '只有 Linux 有 PR_SET_CHILD_SUBREAPER',
    en: 'only Linux has PR_SET_CHILD_SUBREAPER',
  },
  tooMany: {
    zh: '程序同时运行的进程超过了 {n} 个（--max-procs {n}），proc-lab 结束了整个进程树',
    en: 'the program had more than {n} processes alive at once (--max-procs {n}); proc-lab ended the whole tree',
  },
  timedOut: {
    zh: '程序运行超过了 {s} 秒（--timeout {s}），proc-lab 结束了整个进程树',
    en: 'the program ran longer than {s} s (--timeout {s}); proc-lab ended the whole tree',
  },
} satisfies Record<string, Bi>;
