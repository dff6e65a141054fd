/** Words of the `mpqueue` part. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  intro: {
    zh: '一个队列，很多进程共用，就像 multiprocessing.Queue：{k} 个生产者进程（PID {producers}）各放进 {m} 条消息，{c} 个消费者进程（PID {consumers}）从同一个队列里取，谁空闲谁取。这个队列就是一条管道：每条消息正好 {size} 字节（PIPE_BUF），用一次 write() 放进去，所以几个生产者同时写也不会撕裂；消费者每次读 {size} 字节，正好取走一整条。',
    en: 'One queue shared by many processes, as multiprocessing.Queue is: {k} producer processes (PIDs {producers}) each put {m} messages, and {c} consumer processes (PIDs {consumers}) take from the same queue, whichever is free. The queue is one pipe: each message is exactly {size} bytes (PIPE_BUF) and goes in with one write(), so producers writing at once never tear one; a consumer reads {size} bytes at a time, exactly one whole message.',
  },
  onePipe: {
    zh: '证据（/proc）：这些进程的 fd 4 都指向 {pipe}：同一条管道，同一个队列。',
    en: 'Evidence (/proc): fd 4 of every one of these processes is {pipe}: one pipe, one queue.',
  },
  took: {
    zh: '消费者 PID {pid} 取了 {took} 条：{parts}',
    en: 'consumer PID {pid} took {took}: {parts}',
  },
  total: {
    zh: '一共取走 {total} / {expected} 条，每条恰好一次：{once}；读到半条的次数：{partial}',
    en: '{total} of {expected} taken, each exactly once: {once}; reads that got part of a message: {partial}',
  },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  explainShared: {
    zh: '和 queue 部分不同，这里没有哪个进程有自己专用的通道：生产者之间、消费者之间谁先谁后由调度决定，但每条消息只会被一个消费者取走。',
    en: 'Unlike the queue part, no process here has a channel of its own: the scheduler decides which producer and which consumer goes first, but each message is taken by exactly one consumer.',
  },
  cpythonIntro: {
    zh: '用 CPython 的 multiprocessing.Queue 做同样的事：{k} 个生产者各 put() {m} 个，2 个消费者 get() 到 None 为止。',
    en: 'The same with CPython’s multiprocessing.Queue: {k} producers each put() {m} items, and 2 consumers get() until they see None.',
  },
  cpythonShared: {
    zh: 'CPython：{parts}，共 {total} / {expected} 个',
    en: 'CPython: {parts}; {total} of {expected} in all',
  },
  cpythonThreads: {
    zh: '一个生产者 put() 之后，它的线程有：{threads}。put() 并不直接写管道，只是放进缓冲区；真正用 pickle 把对象序列化、持有队列的写锁写进管道的，是这个进程里的 QueueFeederThread 线程。',
    en: 'Right after a put(), one producer’s threads were: {threads}. put() does not write to the pipe; it appends to a buffer, and the QueueFeederThread thread of that process serializes each item with pickle and writes it into the pipe holding the queue’s write lock.',
  },
  joinReturned: {
    zh: '子进程 PID {pid} put() 了一个 {size} 的对象就结束：父进程先 join() 再 get()，join() 在 {ms} 后就返回了（退出码 {code}）。',
    en: 'Child PID {pid} put() one {size} item and ended: the parent called join() before get(), and join() returned after {ms} (exit code {code}).',
  },
  joinTimedOut: {
    zh: '子进程 PID {pid} put() 了一个 {size} 的对象：父进程先 join() 再 get()，join() 等了 {ms} 超时返回，子进程还活着；父进程 get() 取走之后它才结束（退出码 {code}）。',
    en: 'Child PID {pid} put() one {size} item: the parent called join() before get(), join() gave up after {ms} with the child still alive; only after the parent’s get() did it end (exit code {code}).',
  },
  joinHolds: {
    zh: '{small} 的对象能整个放进管道的缓冲区，子进程的 QueueFeederThread 写完就能结束；{large} 的放不下，QueueFeederThread 一直等有人读，而进程结束前要等这个线程把缓冲区写完，所以不设超时的 join() 会永远等下去：这就是 Python 文档“joining processes that use queues”里警告的死锁。先取空队列再 join()。',
    en: 'A {small} item fits into the pipe’s buffer, so the child’s QueueFeederThread finishes writing and the child can end; a {large} item does not fit, QueueFeederThread waits for a reader, and a process waits for that thread to flush its buffer before it ends, so a join() without a timeout would wait forever: the deadlock Python’s documentation warns of under “joining processes that use queues”. Drain the queue before join().',
  },
  joinFails: {
    zh: '这一次没有显示出来：{ms} 之后，放 {small} 的子进程还活着：{smallAlive}；放 {large} 的还活着：{largeAlive}。',
    en: 'This run does not show it: after {ms}, the child that put {small} was still alive: {smallAlive}; the one that put {large}: {largeAlive}.',
  },
  cpythonMissing: {
    zh: '这台机器没有 python3，无法在旁边运行 CPython。CPython 的 put() 只把对象放进缓冲区，由进程里的 QueueFeederThread 线程写进管道；进程结束前要等它写完，所以放了一个大对象的子进程，在有人 get() 之前结束不了，先 join() 再 get() 会永远等下去。有 python3 时这样看：python3 {path} 3 200 1.0。',
    en: 'There is no python3 here, so CPython cannot run beside it. CPython’s put() only appends to a buffer, and the QueueFeederThread thread of the process writes it into the pipe; a process waits for that before it ends, so a child that put a large item cannot end until someone get()s it, and join() before get() waits forever. With python3, see it with: python3 {path} 3 200 1.0.',
  },
  bigIntro: {
    zh: '同样的死锁在 Node 里：生产者 PID {pid} 往一条没人读的管道里放一条 {size} 的消息，然后想结束。我先等它结束（最多 {ms}），再开始读。',
    en: 'The same deadlock in Node: producer PID {pid} puts one {size} message into a pipe nobody reads, and then wants to end. I wait for it to end (at most {ms}) before I start reading.',
  },
  bigEnded: {
    zh: 'PID {pid} 没等读端就结束了：这一次没有显示出死锁。',
    en: 'PID {pid} ended without a reader: this run does not show the deadlock.',
  },
  bigStuck: {
    zh: '等了 {ms}，PID {pid} 还没结束：状态 {state}（{gloss}）。',
    en: 'After {ms}, PID {pid} has not ended: state {state} ({gloss}).',
  },
  stateOther: { zh: '见 man 5 proc', en: 'see man 5 proc' },
  inWrite: {
    zh: '/proc/{pid}/syscall 显示它正停在 write() 系统调用里：管道满了，它在等地方。',
    en: '/proc/{pid}/syscall shows it inside the write() system call: the pipe is full and it waits for room.',
  },
  bigDrained: {
    zh: '读端 PID {reader} 取走 {size} 之后，PID {pid} 才结束（退出码 {code}）。',
    en: 'Only after the reader, PID {reader}, took {size} did PID {pid} end (exit code {code}).',
  },
  explainDeadlock: {
    zh: '两边的原因一样：管道满了，写的一方要等读的一方。不同的是 Node 这里是主线程自己卡在 write() 里；CPython 的主线程早就执行完了，卡住的是 QueueFeederThread，而进程要等它写完才肯结束。办法也一样：先取走数据，再等进程结束。',
    en: 'The cause is the same on both sides: the pipe is full, so the writer waits for the reader. The difference: in Node the main thread itself is stuck in write(); in CPython the main thread has long finished, QueueFeederThread is the one stuck, and the process will not end until it is done. The cure is the same too: take the data first, then wait for the process to end.',
  },
} satisfies Record<string, Bi>;

/** What the state letters of /proc/<pid>/stat mean, for the ones a blocked writer can show. */
export const stateGloss: Record<string, Bi> = {
  S: { zh: '睡眠：在等什么', en: 'sleeping: waiting for something' },
  R: { zh: '运行或可运行', en: 'running or runnable' },
  D: { zh: '不可中断的睡眠', en: 'uninterruptible sleep' },
};
