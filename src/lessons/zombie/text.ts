/** The `zombie` lesson's words (material §1.4 and the missing §1.5.1), kept apart from its logic. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  intro: {
    zh: '材料里的定义：子进程先于父进程退出，而父进程没有取走它的退出状态，这个子进程就成了僵尸进程。下面在真实的进程上重现：我（PID {pid}）启动一个父进程，父进程再启动一个马上退出的子进程。',
    en: 'The material’s definition: a child exits before its parent, and the parent does not collect its exit status; the child becomes a zombie. Here it is on real processes: I (PID {pid}) start a parent, and the parent starts a child that exits at once.',
  },
  nodeTrick: {
    zh: 'Node 会自动回收子进程：libuv 在事件循环里收到 SIGCHLD 后调用 waitpid()。所以这个父进程启动子进程后，立刻用同步的 fs.readSync() 读自己的标准输入，把事件循环堵住：它还活着，却没有机会回收。事件循环被阻塞，就收不走子进程的退出状态，这本身就是一课。',
    en: 'Node reaps its children by itself: libuv calls waitpid() from the event loop when SIGCHLD arrives. So this parent, right after starting its child, blocks its own event loop in a synchronous fs.readSync() of its stdin: it is alive but never gets the chance to reap. A blocked event loop cannot collect exit statuses; that is a lesson in itself.',
  },
  pythonIntro: {
    zh: '先运行材料自己的 Python 程序（CPython）：os.fork() 出一个子进程，子进程 sys.exit(0)，父进程睡眠而不调用 wait()。与材料不同的是，睡醒之后父进程会调用 os.waitpid() 回收子进程，而不是把它丢给 PID 1。',
    en: 'First the material’s own Python program (CPython): os.fork() a child that calls sys.exit(0) while the parent sleeps without calling wait(). Unlike the material, the parent then reaps the child with os.waitpid() instead of leaving it to PID 1.',
  },
  nodeSecond: {
    zh: '再用 Node 做同一件事。',
    en: 'Now the same in Node.',
  },
  pythonAbsent: {
    zh: '材料自己的程序（os.fork() 之后父进程睡眠、不调用 wait()）需要 python3，这里没有装。装好后可以单独运行：python3 {path} 30，再在另一个终端里运行 ps -ef | grep defunct。这里先用 Node 演示同样的事。',
    en: 'The material’s own program (after os.fork() the parent sleeps without calling wait()) needs python3, which is not installed here. With it, run it alone: python3 {path} 30, and in another terminal ps -ef | grep defunct. Here Node shows the same.',
  },
  kindNode: { zh: 'Node，事件循环被阻塞', en: 'Node, event loop blocked' },
  kindPython: { zh: 'Python，os.fork() 后睡眠', en: 'Python, sleeping after os.fork()' },
  started: {
    zh: '父进程 PID {parent}（{kind}）启动了子进程 PID {child}',
    en: 'parent PID {parent} ({kind}) started child PID {child}',
  },
  becameZombie: {
    zh: '子进程 PID {child} 已经退出，却还留在进程表里，状态是 Z（僵尸）；父进程启动后 {ms} 观察到',
    en: 'child PID {child} has exited yet is still in the process table, in state Z (zombie); seen {ms} after the parent started',
  },
  evidence: {
    zh: '就像材料里的 ps -ef | grep defunct，这是 proc-lab 此刻的进程树，僵尸用红色标出：',
    en: 'Like the material’s ps -ef | grep defunct, this is proc-lab’s process tree right now, the zombie in red:',
  },
  pasteGrep: {
    zh: '或者照材料的写法：{cmd}',
    en: 'Or the material’s way: {cmd}',
  },
  whyKept: {
    zh: '内核为什么还留着它？子进程的内存和打开的文件都已经释放了，但它的退出状态要等父进程用 wait() 来取，所以内核保留着这一条进程表项：PID、退出状态和用掉的 CPU 时间。',
    en: 'Why does the kernel keep it? The child’s memory and open files are already released, but its exit status waits for the parent to collect it with wait(), so the kernel keeps this one process-table entry: the PID, the exit status and the CPU time it used.',
  },
  keptEvidence: {
    zh: '/proc/{pid}/status 里已经没有 VmRSS 这一行（内存已释放）；/proc/{pid}/stat 里保存的退出码是 {code}，正等着 wait() 来取',
    en: '/proc/{pid}/status has no VmRSS line any more (its memory is freed); /proc/{pid}/stat keeps exit code {code}, waiting for wait()',
  },
  cost: {
    zh: '代价是一个 PID。僵尸不占内存也不占 CPU，却占着进程表里的一项：这台机器的 pid_max 是 {max}，此刻有 {now} 个进程。一个每处理一个请求就漏掉一个僵尸的服务器，迟早会把 PID 用光，到那时 fork() 失败，谁也启动不了新进程。',
    en: 'What it costs is a PID. A zombie uses no memory and no CPU, but it holds a slot in the process table: pid_max on this machine is {max}, and {now} processes exist right now. A server that leaks one zombie per request will run out of PIDs sooner or later, and then fork() fails for everyone.',
  },
  costGeneric: {
    zh: '代价是一个 PID。僵尸不占内存也不占 CPU，却占着进程表里的一项；进程表的大小有上限，一个不停漏掉僵尸的程序迟早会把 PID 用光，到那时 fork() 失败，谁也启动不了新进程。',
    en: 'What it costs is a PID. A zombie uses no memory and no CPU, but it holds a slot in the process table, which has a limit; a program that keeps leaking zombies will run out of PIDs, and then fork() fails for everyone.',
  },
  nuance: {
    zh: '材料说父进程“没有处理子进程发送的退出信号”。更准确地说：子进程退出时，是内核给父进程发送 SIGCHLD；造成僵尸的是父进程没有调用 wait() 取走退出状态。（反过来，父进程把 SIGCHLD 设为 SIG_IGN，POSIX 系统就会自动回收它的子进程，不留僵尸。）',
    en: 'The material says the parent "did not handle the exit signal the child sent". More precisely: when a child exits, the kernel sends SIGCHLD to the parent; what makes a zombie is the parent not calling wait() to collect the exit status. (Conversely, a parent that sets SIGCHLD to SIG_IGN has its children reaped automatically on POSIX systems, leaving no zombie.)',
  },
  holding: {
    zh: '让僵尸再留 {ms}，然后回收。',
    en: 'The zombie is kept {ms} longer, then reaped.',
  },
  fixWait: {
    zh: '解决办法一：父进程调用 wait()。现在往父进程的标准输入写一个字节，它的事件循环恢复运转，libuv 马上用 waitpid() 回收子进程。',
    en: 'Fix one: the parent calls wait(). Now one byte goes to the parent’s stdin; its event loop runs again, and libuv reaps the child with waitpid() at once.',
  },
  fixWaitPython: {
    zh: '解决办法一：父进程调用 wait()。现在叫醒 Python 父进程，它调用 os.waitpid() 回收子进程。',
    en: 'Fix one: the parent calls wait(). Now the Python parent is woken up and reaps the child with os.waitpid().',
  },
  reaped: {
    zh: '字节写入后 {ms}，父进程 PID {parent} 回收了子进程 PID {child}（退出码 {code}），这个 PID 随即从进程表消失；这个僵尸一共存在了 {zms}',
    en: '{ms} after the byte was written, parent PID {parent} had reaped child PID {child} (exit code {code}) and the PID had left the process table. The zombie existed for {zms}',
  },
  afterTable: {
    zh: '再看进程树：父进程还活着，僵尸不见了。',
    en: 'The tree again: the parent is still alive, and the zombie is gone.',
  },
  fixExit: {
    zh: '解决办法二：父进程自己退出。它的僵尸子进程成了孤儿，被 PID 1 或最近的 subreaper 收养，由新的父进程回收。这要求 PID 1 真的会回收，见后面两节。',
    en: 'Fix two: the parent exits. Its zombie child becomes an orphan, is adopted by PID 1 or the nearest subreaper, and is reaped by its new parent. That requires PID 1 to actually reap; see the next two parts.',
  },
  tooSlow: {
    zh: '等待 {what} 超过了 {ms} 毫秒，放弃',
    en: 'gave up waiting for {what} after {ms} ms',
  },
  noZombie: {
    zh: '子进程 {pid} 还没被观察到僵尸状态就消失了',
    en: 'child {pid} vanished before it was ever seen as a zombie',
  },
  noPython: {
    zh: '--python 需要 Python，但 {missing}；去掉 --python 就只用 Node 演示',
    en: '--python needs Python, but {missing}; without --python only the Node demo runs',
  },
  windows: {
    zh: 'Windows 没有 fork()，也没有僵尸进程：进程结束后，它的退出码保存在内核的进程对象里，只要还有人持有这个进程的句柄（HANDLE），GetExitCodeProcess() 就能读到；最后一个句柄关闭时，对象随之释放。所以制造僵尸和孤儿的演示只在 Linux 和 macOS 上运行。',
    en: 'Windows has no fork() and no zombies: when a process ends, its exit code stays in the kernel’s process object, readable with GetExitCodeProcess() for as long as someone holds a handle to it; when the last handle closes, the object goes away. So the zombie and orphan demos run only on Linux and macOS.',
  },
  windowsExit: {
    zh: '子进程 PID {pid} 已经结束，proc-lab 通过它的进程句柄读到退出码 {code}',
    en: 'child PID {pid} has ended; proc-lab read its exit code {code} through its process handle',
  },
} satisfies Record<string, Bi>;
