/** Words for the `orphan` and `pid1` parts of the zombie lesson (the material's missing §1.5.1). */
import type { Bi } from '../../i18n/index.js';

export const text = {
  intro: {
    zh: '孤儿进程：父进程先于子进程退出。子进程并不会跟着结束，而是被“收养”：内核把它的 PPID 改成最近的 subreaper，没有的话就改成 PID 1。新的父进程将来负责 wait() 它。',
    en: 'An orphan: the parent exits before its child. The child does not end with it; it is adopted: the kernel changes its PPID to the nearest subreaper, or else to PID 1, and that new parent will have to wait() for it.',
  },
  viaSubreaper: {
    zh: '这台机器的 PID 1 是 {name}。我们不把孤儿交给它，而是先启动一个小小的 Python 进程（PID {pid}），它用 prctl(PR_SET_CHILD_SUBREAPER) 声明自己是 subreaper：它下面出现的孤儿都会被它收养，也由它回收。',
    en: 'PID 1 on this machine is {name}. Rather than hand the orphan to it, we first start a small Python process (PID {pid}) that declares itself a subreaper with prctl(PR_SET_CHILD_SUBREAPER): orphans below it are adopted, and reaped, by it.',
  },
  viaInit: {
    zh: '这里用不了 subreaper（需要 Linux 和 python3），但 PID 1 是真正的 init（{name}），孤儿交给它可以放心：它会回收。',
    en: 'No subreaper is available here (that needs Linux and python3), but PID 1 is a real init ({name}), so the orphan can safely go to it: it reaps.',
  },
  skipped: {
    zh: '这里用不了 subreaper（需要 Linux 和 python3），而 PID 1（{name}）不是已知的 init，不一定会回收孤儿。为了不留下任何进程，这一节不启动孤儿演示。在 Linux 上装好 python3 再试。',
    en: 'No subreaper is available here (that needs Linux and python3), and PID 1 ({name}) is not a known init, so it may never reap an orphan. To leave nothing behind, this part starts no orphan. Try it on Linux with python3.',
  },
  before: {
    zh: '父进程 PID {parent} 启动了子进程 PID {child}，子进程报告 PPID = {ppid}',
    en: 'parent PID {parent} started child PID {child}; the child reports PPID = {ppid}',
  },
  parentExit: {
    zh: '父进程 PID {parent} 退出了，没有等它的子进程',
    en: 'parent PID {parent} exited without waiting for its child',
  },
  after: {
    zh: '{ms} 后，子进程 PID {child} 报告 PPID = {ppid}（{who}）：它成了孤儿，被收养了',
    en: '{ms} later, child PID {child} reports PPID = {ppid} ({who}): an orphan, adopted',
  },
  whoSubreaper: { zh: '我们的 subreaper', en: 'our subreaper' },
  whoInit: { zh: 'PID 1', en: 'PID 1' },
  whoOther: { zh: '最近的 subreaper', en: 'the nearest subreaper' },
  tree: {
    zh: 'proc-lab 的进程树：原来的父进程已经不在了，孤儿挂在新父进程下面。',
    en: 'proc-lab’s process tree: the original parent is gone, and the orphan hangs below its new parent.',
  },
  notZombie: {
    zh: '孤儿不是僵尸：它照常运行，本身无害。要紧的是它退出的那一刻，必须有人 wait() 它，否则它就成了没人回收的僵尸。现在由我们结束它：关闭它的标准输入，它退出，由收养它的进程回收。',
    en: 'An orphan is not a zombie: it runs normally and does no harm. What matters is the moment it exits: someone must wait() for it, or it becomes a zombie nobody reaps. Now we end it: its stdin is closed, it exits, and its adoptive parent reaps it.',
  },
  reaped: {
    zh: '孤儿 PID {pid} 已退出，被 PID {by} 回收，已从进程表消失',
    en: 'orphan PID {pid} exited, was reaped by PID {by}, and has left the process table',
  },
  pid1Is: { zh: 'PID 1 是 {name}', en: 'PID 1 is {name}' },
  pid1Real: {
    zh: '{name} 是真正的 init：它会及时 wait() 收养来的孤儿，孤儿退出后留下的僵尸很快就被回收。',
    en: '{name} is a real init: it promptly wait()s for the orphans it adopts, so the zombies they leave are reaped quickly.',
  },
  pid1NotReal: {
    zh: '{name} 不是真正的 init：它不一定会（及时）回收收养来的孤儿，孤儿退出后可能一直以僵尸的形态留在进程表里。容器里很常见：应用程序自己成了 PID 1。解决办法是 docker run --init，或者让 tini、dumb-init 当 PID 1。所以 proc-lab 从不依赖 PID 1：它启动的每个进程都由我们掌控的父进程回收。',
    en: '{name} is not a real init: it may reap adopted orphans late or never, so an orphan that exits can stay a zombie in the process table. Containers often look like this: the application itself is PID 1. The fix is docker run --init, or tini or dumb-init as PID 1. That is why proc-lab never relies on PID 1: every process it starts is reaped by a parent we control.',
  },
  zombiesNow: {
    zh: '此刻这台机器上有 {n} 个僵尸进程，其中 {m} 个的父进程是 PID 1',
    en: 'right now this machine has {n} zombies, {m} of them children of PID 1',
  },
  subreaper: {
    zh: 'subreaper（Linux 3.4 起）：进程调用 prctl(PR_SET_CHILD_SUBREAPER, 1) 之后，它的子孙中出现的孤儿会被它收养，而不是交给 PID 1。systemd --user、tini -s 和容器运行时都用这个机制，上一节的演示也是。',
    en: 'A subreaper (Linux 3.4+): once a process calls prctl(PR_SET_CHILD_SUBREAPER, 1), orphans among its descendants are adopted by it instead of PID 1. systemd --user, tini -s and container runtimes use it, and so does the previous part’s demo.',
  },
} satisfies Record<string, Bi>;
