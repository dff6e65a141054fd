/** Words of the `choose` part. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  intro: {
    zh: '本次运行实测的数字。往返：一条消息发出到收到回答的中位数（队列是父进程 ping、子进程 pong；管理器进程、HTTP 和 Redis 是一问一答）；管道和共享内存没有回答可等，记作“—”。每秒：队列是连发不等回复的消息数，管理器进程和跨程序是每条都等回复的请求数，管道按字节计，共享内存是几个线程在信号量保护下一起做的加一次数，按墙上时间算。',
    en: 'Measured in this run. Round trip: the median time from sending a message to its answer (the queue: the parent sends ping, a child answers pong; the manager, HTTP and Redis: request and answer); the pipe and shared memory have no answer to wait for: a dash. Per second: the queue counts messages sent without waiting for answers, the manager and the programs count requests that each wait for an answer, the pipe counts bytes, and shared memory counts the increments several threads made together under the semaphore, on the wall clock.',
  },
  colMechanism: { zh: '方式', en: 'mechanism' },
  colBetween: { zh: '用于', en: 'between' },
  colRoundTrip: { zh: '往返', en: 'round trip' },
  colRate: { zh: '每秒', en: 'per second' },
  colUse: { zh: '什么时候用', en: 'when to use it' },
  msgs: { zh: '{n} 条消息', en: '{n} messages' },
  requests: { zh: '{n} 次请求', en: '{n} requests' },
  jobs: { zh: '{n} 个任务', en: '{n} jobs' },
  increments: { zh: '{n} 次加一（{threads} 个线程）', en: '{n} increments ({threads} threads)' },
  queue: { zh: '队列（IPC 通道）', en: 'queue (IPC channel)' },
  pipe: { zh: '管道', en: 'pipe' },
  manager: { zh: '管理器进程', en: 'manager process' },
  shm: { zh: '共享内存 + 信号量', en: 'shared memory + semaphore' },
  http: { zh: 'HTTP + JSON', en: 'HTTP + JSON' },
  redis: { zh: 'Redis（列表 + 发布订阅）', en: 'Redis (list + pub/sub)' },
  parentChild: { zh: '父子进程', en: 'parent and children' },
  twoProcesses: { zh: '两个进程', en: 'two processes' },
  manyProcesses: { zh: '多个进程', en: 'many processes' },
  threads: { zh: '同一进程的线程', en: 'threads of one process' },
  programs: { zh: '不同程序', en: 'separate programs' },
  machines: { zh: '不同程序、多台机器', en: 'programs, many machines' },
  useQueue: {
    zh: '父进程给子进程派任务、收结果（进程池就是这样）',
    en: 'a parent hands tasks to its children and collects results (what a pool does)',
  },
  usePipe: {
    zh: '单向传大量字节，比如把一个程序的输出交给另一个',
    en: 'a one-way stream of bytes, e.g. one program’s output into another',
  },
  useManager: {
    zh: '几个进程要共用一份一致的状态，更新不太频繁',
    en: 'several processes need one consistent state, updated now and then',
  },
  useShm: {
    zh: '频繁读写的共享数据；Node 里只能在线程之间，要加锁或用原子操作',
    en: 'hot shared data; in Node only between threads, with a lock or atomics',
  },
  useHttp: {
    zh: '不同语言的程序一问一答，对方地址已知',
    en: 'programs in different languages, request and answer, address known',
  },
  useRedis: {
    zh: '发送方和处理方解耦、任务排队、多个工作进程跨机器分担',
    en: 'decouple senders from workers, queue jobs, many workers on many machines',
  },
  missing: {
    zh: '带“—”的行本次没有运行或不适用；完整的 proc-lab ipc（加 --redis）会把它们填满。',
    en: 'Rows with “—” were not run this time or do not apply; a full proc-lab ipc (with --redis) fills them.',
  },
  explain: {
    zh: '先问两端是不是同一个程序、在不在同一台机器上：这决定了哪些方式用得上；再拿上表本次量出的往返和每秒数字，对照自己的数据量和延迟要求。',
    en: 'First ask whether both ends are one program and whether they are on one machine: that decides which ways are open; then hold the round trips and rates measured above against your own volume and latency needs.',
  },
} satisfies Record<string, Bi>;
