/** The `processes` lesson's words (material §1.1), kept apart from its logic. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  pidsIntro: {
    zh: '我（proc-lab 主进程）的 PID 是 {pid}。现在启动 {n} 个子进程，每个子进程报告自己的 PID 和父进程的 PID（PPID）。',
    en: 'I, the proc-lab main process, have PID {pid}. Now I start {n} children; each reports its own PID and its parent’s PID (PPID).',
  },
  pidsRow: { zh: '子进程', en: 'child' },
  pidsExplain: {
    zh: '每个子进程都有自己独一无二的 PID，而它们的 PPID 都是 {pid}，也就是我。操作系统以进程为单位分配资源：内存、打开的文件、CPU 时间，都记在某个 PID 名下。',
    en: 'Each child has a PID of its own, and every PPID is {pid}: me. The operating system hands out resources per process: memory, open files and CPU time are all accounted to a PID.',
  },
  memoryIntro: {
    zh: '主进程里有一个变量 counter = {value}。它用 Node 的 fork() 启动一个子进程，把这个值发给它；子进程把自己那份改成 {changed}，然后主进程读自己的 counter。',
    en: 'The main process has a variable counter = {value}. It starts a child with Node’s fork() and sends it the value; the child changes its own copy to {changed}, and then the main process reads its own counter.',
  },
  memoryChild: {
    zh: '子进程 PID {pid}：我的 counter = {value}',
    en: 'child PID {pid}: my counter = {value}',
  },
  memoryParent: {
    zh: '主进程 PID {pid}：子进程改完之后，我读到的 counter = {value}',
    en: 'main PID {pid}: after the child’s change, my counter reads {value}',
  },
  memoryProcessesExplain: {
    zh: '子进程改的是自己的副本，父进程看不到：每个进程有自己的地址空间，这正是进程“相互独立”的含义。不过 Node 的 fork() 并不是 Unix 的 fork()：它启动一个全新的 node 程序（相当于 multiprocessing 的 spawn 启动方式），子进程的 counter 是一个新变量，值是我们通过 IPC 发过去的。真正复制父进程内存的是 os.fork()，下面用 CPython 演示。',
    en: 'The child changed its own copy; the parent never sees it: every process has its own address space, which is what "independent" means. But Node’s fork() is not Unix fork(): it starts a fresh node program (like multiprocessing’s spawn start method), so the child’s counter is a new variable holding the value we sent it over IPC. What copies the parent’s memory is os.fork(), shown below with CPython.',
  },
  cowIntro: {
    zh: 'CPython 的 os.fork()：父进程设 counter = 100，填满一块 {size} 的 bytearray，然后 fork。子进程带着父进程的全部内存继续运行：同样的变量、同样的地址。但内核并没有立刻复制这些内存，而是让父子进程共享同一批物理页，谁先写某一页，才给谁复制那一页（写时复制，copy-on-write）。子进程把 counter 改成 999，并写遍整块缓冲区：',
    en: 'CPython’s os.fork(): the parent sets counter = 100, fills a bytearray of {size} and forks. The child carries on with all of the parent’s memory: the same variables at the same addresses. Yet the kernel copies nothing at once: parent and child share the same physical pages, and a page is copied only for the side that first writes to it (copy-on-write). The child sets counter = 999 and writes to every page of the buffer:',
  },
  cowCounter: {
    zh: '子进程 PID {pid}：counter = {child}；父进程：counter = {parent}（同一个变量，缓冲区的虚拟地址{same}）',
    en: 'child PID {pid}: counter = {child}; parent: counter = {parent} (the same variable; the buffer’s virtual address {same})',
  },
  sameAddress: { zh: '在两边相同', en: 'is the same in both' },
  otherAddress: { zh: '在两边不同', en: 'differs between them' },
  cowRow: {
    zh: '子进程{when}：RSS {rss}，私有内存 {private}，共享内存 {shared}',
    en: 'child {when}: RSS {rss}, private {private}, shared {shared}',
  },
  cowBefore: { zh: '写之前', en: 'before writing' },
  cowAfter: { zh: '写之后', en: 'after writing' },
  cowCopied: {
    zh: '子进程一写，私有内存就多了 {grew}（缓冲区是 {size}）：内核在第一次写入时把每一页复制了一份。RSS 几乎没变（{rssBefore} → {rssAfter}），因为 RSS 把共享的页也算在内：fork 之后，子进程的 RSS 看起来和父进程一样大，其实大部分是共享的。',
    en: 'As soon as the child wrote, its private memory grew by {grew} (the buffer is {size}): the kernel copied each page at its first write. RSS hardly moved ({rssBefore} → {rssAfter}) because RSS counts shared pages too: right after a fork a child’s RSS looks as large as its parent’s, though most of it is shared.',
  },
  cowNotCopied: {
    zh: '这次子进程的私有内存只多了 {grew}（缓冲区是 {size}），没有显示出逐页复制；RSS 从 {rssBefore} 变为 {rssAfter}。再运行一次看看。',
    en: 'This time the child’s private memory grew by only {grew} (the buffer is {size}), which does not show the page-by-page copy; RSS went from {rssBefore} to {rssAfter}. Run it again to see.',
  },
  cowNoProc: {
    zh: '这里读不到 /proc/self/smaps_rollup（需要 Linux 4.14 以上），所以量不出私有内存和共享内存；counter 的结果照样成立。',
    en: '/proc/self/smaps_rollup cannot be read here (it needs Linux 4.14 or later), so private and shared memory cannot be measured; the counter result holds all the same.',
  },
  cowAbsent: {
    zh: 'os.fork() 会复制父进程的整个地址空间：子进程带着同样的变量、在同样的地址继续运行，但页面是写时复制共享的，谁先写某一页，才给谁复制那一页；所以子进程改 counter，父进程的 counter 不变。',
    en: 'os.fork() copies the parent’s whole address space: the child carries on with the same variables at the same addresses, but the pages are shared copy-on-write, copied only for the side that first writes to one; so when the child changes counter, the parent’s counter stays as it was.',
  },
  startMethods: {
    zh: 'multiprocessing 用三种启动方式之一创建进程：fork（Linux 上直到 Python 3.13 的默认方式，就是上面的 os.fork()）、forkserver（Python 3.14 起 Linux 等 POSIX 系统的默认方式：由一个干净的服务器进程 fork 出子进程）和 spawn（macOS 从 3.8 起、Windows 一直以来的默认方式：启动一个新的解释器，重新导入主模块）。Node 的 fork() 相当于 spawn。正因为子进程会重新导入主模块，材料里的代码必须放在 if __name__ == "__main__": 下面：否则每个子进程导入时都会再去创建进程，multiprocessing 会用 RuntimeError 拒绝。',
    en: 'multiprocessing creates its processes with one of three start methods: fork (the default on Linux up to Python 3.13: os.fork() as above), forkserver (the default on Linux and other POSIX systems from Python 3.14: a clean server process forks the children) and spawn (the default on macOS since 3.8 and always on Windows: a new interpreter that re-imports the main module). Node’s fork() is like spawn. Because the child re-imports the main module, the material’s code must sit under if __name__ == "__main__": otherwise each child would start processes again while being imported, which multiprocessing refuses with a RuntimeError.',
  },
  startMethodHere: {
    zh: '这里的 CPython {version} 默认用 {method}。',
    en: 'This CPython {version} uses {method} by default.',
  },
  memoryThreadsIntro: {
    zh: '再看线程：线程 A 拿到一块 SharedArrayBuffer（共享内存）和一个普通对象 {plain: 0}，往两者都写入 {value}；然后线程 B 读那块 SharedArrayBuffer，主线程读两者。',
    en: 'Now threads: thread A gets a SharedArrayBuffer (shared memory) and an ordinary object {plain: 0} and writes {value} into both; then thread B reads the SharedArrayBuffer, and the main thread reads both.',
  },
  memoryThread: {
    zh: '线程 {name}（PID {pid}，线程号 {tid}）：{action} {value}',
    en: 'thread {name} (PID {pid}, thread id {tid}): {action} {value}',
  },
  wrote: { zh: '写入', en: 'wrote' },
  read: { zh: '读到', en: 'read' },
  memoryMain: {
    zh: '主线程（PID {pid}）：SharedArrayBuffer 里是 {shared}，普通对象里的 plain 是 {plain}',
    en: 'main thread (PID {pid}): the SharedArrayBuffer holds {shared}, the ordinary object’s plain is {plain}',
  },
  memoryThreadsExplain: {
    zh: '几个线程的 PID 都是 {pid}：它们属于同一个进程。但 Node 的工作线程（Worker）之间只共享 SharedArrayBuffer：普通对象交给工作线程时被复制了一份（结构化克隆），所以线程 A 的写入留在了它自己那份里。Python 的线程则共享进程里的每一个对象：一个线程往列表里追加，其他线程看到的就是同一个列表。进程之间默认什么内存都不共享；要交换数据，就得用管道、消息队列，或者专门申请的共享内存（见 ipc 一课的 shm 一节）。',
    en: 'The threads all report PID {pid}: they belong to one process. But Node’s Worker threads share only a SharedArrayBuffer: the ordinary object was copied when it was handed to the Worker (a structured clone), so thread A’s write stayed in its own copy. Python threads share every object in the process: a list one thread appends to is the very list the other threads see. Processes share no memory by default; to exchange data they use pipes, queues, or shared memory set up on purpose (see the ipc lesson’s shm part).',
  },
  noPython: {
    zh: '这台机器上没有 python3，看不到 CPython 这一边。装好 python3 后可以单独运行：python3 {path}',
    en: 'python3 is not installed here, so CPython’s side is not shown. With python3 installed, run it alone: python3 {path}',
  },
} satisfies Record<string, Bi>;
