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
    zh: '这里用不了 subreaper（需要 Linux 和 python3），但刚才的试验表明 PID 1（{name}）会回收孤儿的僵尸（{ms} 内），所以孤儿可以交给它。',
    en: 'No subreaper is available here (that needs Linux and python3), but a probe just showed that PID 1 ({name}) reaps an orphan’s zombie (within {ms}), so the orphan can go to it.',
  },
  skipped: {
    zh: '这里用不了 subreaper（需要 Linux 和 python3），而 PID 1（{name}）在 {limit} 内没有回收一个孤儿的僵尸。为了不再留下任何进程，这一节不启动孤儿演示。在 Linux 上装好 python3 再试。',
    en: 'No subreaper is available here (that needs Linux and python3), and PID 1 ({name}) did not reap an orphan’s zombie within {limit}. To leave nothing more behind, this part starts no orphan. Try it on Linux with python3.',
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
  probeIntro: {
    zh: 'PID 1 会不会回收孤儿，不看它叫什么，而看它做什么：一个 shell 在后台启动 sleep {s}，自己马上退出。sleep 成了孤儿，被 PID 1（或 proc-lab 上方最近的 subreaper）收养；它结束后就是僵尸，直到新的父进程 wait() 它。我们看这要多久（最多等 {limit}）。',
    en: 'Whether PID 1 reaps orphans is decided by what it does, not by its name: a shell starts sleep {s} in the background and exits at once. The sleep is an orphan, adopted by PID 1 (or the nearest subreaper above proc-lab); once it ends it is a zombie until its new parent wait()s for it. We watch how long that takes (waiting at most {limit}).',
  },
  probeFailed: {
    zh: 'PID 1 的试验没能启动它的孤儿进程（/bin/sh 没有报告 sleep 的 PID）',
    en: 'the PID 1 probe could not start its orphan (/bin/sh reported no PID for its sleep)',
  },
  probeAdopted: {
    zh: '孤儿 PID {pid} 被 PID {by}（{name}）收养',
    en: 'orphan PID {pid} was adopted by PID {by} ({name})',
  },
  pid1Prompt: {
    zh: '{name} 在孤儿变成僵尸后 {ms} 内就回收了它：像真正的 init 一样，一收到 SIGCHLD 就 wait()。',
    en: '{name} reaped the orphan’s zombie within {ms} of its appearing: like a real init, it wait()s as soon as SIGCHLD arrives.',
  },
  pid1Late: {
    zh: '{name} 回收了孤儿的僵尸，但是在它出现 {ms} 之后才回收：它确实会回收，只是不及时（真正的 init 在几毫秒内、{prompt} 以内就回收）。所以在这台机器上，孤儿留下的僵尸会短暂地停留一会儿。',
    en: '{name} reaped the orphan’s zombie, but only {ms} after it appeared: it does reap, just not at once (a real init reaps within milliseconds, well under {prompt}). So on this machine the zombies that orphans leave linger for a while.',
  },
  pid1Never: {
    zh: '{name} 在 {limit} 内没有回收孤儿的僵尸（PID {pid}）：不能指望它。这个僵尸会一直留在进程表里，直到 {name} 回收它。容器里很常见：应用程序自己成了 PID 1。解决办法是 docker run --init，或者让 tini、dumb-init 当 PID 1。所以 proc-lab 的其他演示从不依赖 PID 1：它们启动的每个进程都由我们掌控的父进程回收。',
    en: '{name} had not reaped the orphan’s zombie (PID {pid}) within {limit}: it cannot be relied on. That zombie stays in the process table until {name} reaps it. Containers often look like this: the application itself is PID 1. The fix is docker run --init, or tini or dumb-init as PID 1. That is why proc-lab’s other demos never rely on PID 1: every process they start is reaped by a parent we control.',
  },
  notPid1: {
    zh: '注意：收养它的不是 PID 1（{name}），而是 proc-lab 上方的一个 subreaper，所以上面说的是这个 subreaper 的行为。',
    en: 'Note: what adopted it was not PID 1 ({name}) but a subreaper above proc-lab, so the above is that subreaper’s behaviour.',
  },
  zombiesNow: {
    zh: '此刻这台机器上有 {zombies}，其中 {m} 个的父进程是 PID 1',
    en: 'right now this machine has {zombies}, {m} of them children of PID 1',
  },
  subreaper: {
    zh: 'subreaper（Linux 3.4 起）：进程调用 prctl(PR_SET_CHILD_SUBREAPER, 1) 之后，它的子孙中出现的孤儿会被它收养，而不是交给 PID 1。systemd --user、tini -s 和容器运行时都用这个机制，上一节的演示也是。',
    en: 'A subreaper (Linux 3.4+): once a process calls prctl(PR_SET_CHILD_SUBREAPER, 1), orphans among its descendants are adopted by it instead of PID 1. systemd --user, tini -s and container runtimes use it, and so does the previous part’s demo.',
  },
} satisfies Record<string, Bi>;
