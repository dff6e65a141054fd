/** Words of the `choose` part. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  intro: {
    zh: '本次运行实测的数字。延迟是一条消息一问一答的往返中位数（共享内存是加锁加一一次的平均耗时）；吞吐是每秒多少条：队列是连发不等回复，管理者和跨程序是每条都等回复，管道按字节计，共享内存按加一次数计。',
    en: 'Measured in this run. Latency: the median round trip of one message and its answer (for shared memory, the mean time of one locked increment). Throughput per second: the queue sends without waiting for answers, the manager and the programs wait for each one, the pipe counts bytes and shared memory counts increments.',
  },
  colMechanism: { zh: '方式', en: 'mechanism' },
  colBetween: { zh: '用于', en: 'between' },
  colLatency: { zh: '延迟', en: 'latency' },
  colRate: { zh: '吞吐', en: 'throughput' },
  colUse: { zh: '什么时候用', en: 'when to use it' },
  perSecond: { zh: '{n} 条/秒', en: '{n} msg/s' },
  queue: { zh: '队列（IPC 通道）', en: 'queue (IPC channel)' },
  pipe: { zh: '管道', en: 'pipe' },
  manager: { zh: '管理者进程', en: 'manager process' },
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
    zh: '越靠近同一块内存越快，越能跨越边界（语言、机器）越慢但越灵活。先问两端是不是同一个程序、要不要跨机器，再看数据量和延迟要求。',
    en: 'The closer to one piece of memory, the faster; the more boundaries crossed (languages, machines), the slower but the more flexible. First ask whether both ends are one program and whether they span machines, then look at volume and latency.',
  },
} satisfies Record<string, Bi>;
