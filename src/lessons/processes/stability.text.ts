/** Words for the `processes stability` part: what ends a process, a Node Worker, a Python thread. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  stabilityIntro: {
    zh: '启动三个子进程：一个抛出未捕获的异常，一个以退出码 3 退出，一个被 SIGKILL 强行杀死。主进程会怎样？',
    en: 'Three children: one throws an uncaught exception, one exits with code 3, one is killed with SIGKILL. What happens to the main process?',
  },
  stabilityRow: {
    zh: '子进程 PID {pid}（{what}）：{how}',
    en: 'child PID {pid} ({what}): {how}',
  },
  exitCode: { zh: '退出码 {code}', en: 'exit code {code}' },
  exitSignal: { zh: '被信号 {signal} 结束', en: 'ended by signal {signal}' },
  whatThrow: { zh: '抛出异常', en: 'throws' },
  whatExit: { zh: '调用 exit(3)', en: 'calls exit(3)' },
  whatKill: { zh: '被 kill -9', en: 'gets kill -9' },
  stabilitySurvivor: {
    zh: '主进程 PID {pid} 仍在运行（已运行 {ms}），并且知道每个子进程是怎么结束的。',
    en: 'Main process PID {pid} is still running ({ms} so far) and knows how each child ended.',
  },
  stabilityExplain: {
    zh: '这就是材料说的“稳定性高”：进程之间有操作系统隔离，一个崩溃只结束它自己。父进程通过退出码或信号得知子进程的结局，可以记录、重启或放弃它。',
    en: 'This is the stability the material means: the operating system isolates processes, so a crash ends only the one that crashed. The parent learns each child’s fate from its exit code or signal and can log it, restart it or give up.',
  },
  threadsIntro: {
    zh: '线程呢？同一个进程里的线程没有这道隔离墙。先看 Node 的工作线程（Worker）：每种情况在一个单独的子进程里运行（这样哪一种都结束不了 proc-lab），子进程的主线程启动一个出错的工作线程，50 毫秒后报告自己是否还在运行。',
    en: 'And threads? Threads of one process have no such wall. First Node’s Worker threads: each case runs in a child process of its own (so that none can end proc-lab), whose main thread starts one failing Worker and reports 50 ms later whether it is still running.',
  },
  workerListened: {
    zh: '工作线程抛出异常，主线程监听了它的 error 事件',
    en: 'the Worker throws; the main thread listens for its error event',
  },
  workerUnlistened: {
    zh: '工作线程抛出异常，没有人监听 error 事件',
    en: 'the Worker throws; nobody listens for its error event',
  },
  workerExit: {
    zh: '工作线程调用 process.exit(3)',
    en: 'the Worker calls process.exit(3)',
  },
  threadRow: { zh: '{what}：{fate}', en: '{what}: {fate}' },
  bySignal: { zh: '信号 {signal}', en: 'signal {signal}' },
  workerOnly: {
    zh: '只有工作线程结束（退出码 {code}），程序继续运行',
    en: 'only the Worker ended (exit code {code}); the program went on',
  },
  programEnded: {
    zh: '整个程序结束了（{how}），主线程没能继续',
    en: 'the whole program ended ({how}); its main thread did not go on',
  },
  programWentOn: {
    zh: '只有这个线程结束，程序继续运行（{how}）',
    en: 'only that thread ended; the program went on ({how})',
  },
  workersExplain: {
    zh: 'Node 的工作线程抛出未捕获的异常时，只有它自己结束，前提是主线程监听了它的 error 事件；没有人监听的话，这个 error 事件会在主线程里重新抛出，整个程序随之结束。工作线程里的 process.exit() 只结束这个工作线程。',
    en: 'A Node Worker that throws an uncaught exception ends only itself, provided the main thread listens for its error event; when nobody listens, the error is rethrown in the main thread and ends the whole program. process.exit() inside a Worker ends only that Worker.',
  },
  pythonIntro: {
    zh: '再看材料用的语言。CPython {version} 做同样的试验：每种情况在一个新的解释器里运行，主线程启动一个 threading.Thread，join 它，然后打印一行。',
    en: 'Now the material’s language. CPython {version} runs the same test: each case in a fresh interpreter whose main thread starts one threading.Thread, joins it, then prints a line.',
  },
  pyRaise: { zh: '线程抛出未捕获的异常', en: 'the thread raises an uncaught exception' },
  pyOsExit: { zh: '线程调用 os._exit(3)', en: 'the thread calls os._exit(3)' },
  pySignal: {
    zh: '线程给自己的进程发 SIGTERM（致命信号）',
    en: 'the thread sends its process SIGTERM (a fatal signal)',
  },
  pySegfault: {
    zh: '线程里的本地代码崩溃（ctypes 读地址 0）',
    en: 'native code crashes in the thread (ctypes reads address 0)',
  },
  pythonExplain: {
    zh: '在 Python 里，未捕获的异常只结束它所在的线程：threading.excepthook 打印出错信息，其他线程照常运行。能让所有线程一起结束的，是 os._exit()、致命信号（SIGTERM 的默认处理、SIGKILL）和本地代码里的崩溃（比如 C 扩展里的段错误）：线程共用一个进程，在这些情况下也就同生共死；进程之间不会这样。',
    en: 'In Python an uncaught exception ends only its own thread: threading.excepthook prints the error and the other threads go on. What ends every thread at once is os._exit(), a fatal signal (SIGTERM’s default action, SIGKILL) or a crash in native code (a segfault in a C extension): threads share one process, so in those cases they share its fate; processes do not.',
  },
  pythonAbsent: {
    zh: '在 CPython 里，未捕获的异常只结束它所在的线程（threading.excepthook 打印出错信息，程序继续运行）；os._exit()、致命信号和本地代码里的崩溃则会结束所有线程。',
    en: 'In CPython an uncaught exception ends only its own thread (threading.excepthook prints the error, the program goes on); os._exit(), a fatal signal and a crash in native code end every thread.',
  },
} satisfies Record<string, Bi>;
