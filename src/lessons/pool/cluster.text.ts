/** The words of the pool lesson's `cluster` part: one pool whose workers are separate programs. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  noRedis: {
    zh: '这一部分需要一个 Redis 服务器。它演示的是一个工作进程分布在别的终端、别的机器上的进程池：所有任务放进 Redis 里的同一个队列，时间线上每个工作进程（主机:PID）占一行；旁边是 Redis 自己看到的队列（等待、处理中、已完成，以及每个工作进程的待确认条目）；加上 --kill-one，一个工作进程在任务中途被 SIGKILL 杀掉，租约过期后它的任务由另一个工作进程接手完成，生产者对每个结果只计一次。',
    en: 'This part needs a Redis server. It shows a pool whose workers are separate programs in other terminals or on other machines: every task goes into one queue in Redis, and the timeline has one row per worker (host:PID); beside it is the queue as Redis itself sees it (waiting, active, done, and each worker’s pending entries); with --kill-one, a worker is SIGKILLed mid-task, another takes its task over once the lease runs out and finishes it, and the producer counts each result once.',
  },
  howToRun: {
    zh: '运行方法：先启动 Redis（redis-server --port 6379），再运行 proc-lab pool cluster --redis redis://127.0.0.1:6379；在别的终端里用 proc-lab worker --redis redis://127.0.0.1:6379 加入更多工作进程。别的机器要加入时，Redis 必须监听它们能访问的地址并设置密码（redis-server --bind 0.0.0.0 --requirepass 口令），地址写成 redis://:口令@老师的主机:6379；proc-lab 不会打印口令。',
    en: 'To run it: start Redis (redis-server --port 6379), then proc-lab pool cluster --redis redis://127.0.0.1:6379; join more workers from other terminals with proc-lab worker --redis redis://127.0.0.1:6379. For other machines to join, Redis must listen on an address they reach and have a password (redis-server --bind 0.0.0.0 --requirepass SECRET), and the URL becomes redis://:SECRET@teacher-host:6379; proc-lab never prints the password.',
  },
  intro: {
    zh: '任务放进 Redis {version}（{url}）里的流 {stream}；工作进程作为名为 {group} 的同一个消费者组读取它：XREADGROUP 把每个条目只交给一个消费者，并记入这个消费者的待确认条目列表（PEL），直到它用 XACK 确认。这里没有父进程能发现工作进程死了：工作进程每 {renew} 为手上的任务续一次租约（重置条目的空闲时间）；一个条目空闲超过 {lease}，别的工作进程就用 XCLAIM 接手它。',
    en: 'The tasks go into the stream {stream} of Redis {version} ({url}); the workers read it as one consumer group named {group}: XREADGROUP hands each entry to one consumer only and records it in that consumer’s pending entries list (PEL) until the consumer acknowledges it with XACK. No parent process is here to notice a worker die: every {renew} a worker renews the lease on each task it holds (resetting the entry’s idle time); an entry idle for more than {lease} is taken over by another worker with XCLAIM.',
  },
  reset: {
    zh: '已清空队列 {queue}：删除了 {n} 个键',
    en: 'queue {queue} cleared: {n} keys deleted',
  },
  resetAsk: {
    zh: '清空 {url} 上的队列 {queue}（它所有等待中和处理中的任务，以及工作进程列表）？',
    en: 'Clear queue {queue} on {url} (all its waiting and active tasks, and its list of workers)?',
  },
  resetKept: { zh: '队列保持不变', en: 'the queue is left as it was' },
  local: {
    zh: '在本机启动了 {n} 个工作进程（proc-lab worker，PID {pids}）；别的终端或机器也可以加入：proc-lab worker --redis {url} --queue {queue}',
    en: '{n} worker programs started on this machine (proc-lab worker, PIDs {pids}); others can join from other terminals or machines: proc-lab worker --redis {url} --queue {queue}',
  },
  noLocal: {
    zh: '没有本机工作进程（--local 0）：等待工作进程加入：proc-lab worker --redis {url} --queue {queue}',
    en: 'no workers on this machine (--local 0): waiting for workers to join: proc-lab worker --redis {url} --queue {queue}',
  },
  killNeedsLocal: {
    zh: '--kill-one 需要本机工作进程（--local 1 或更多）：proc-lab 只杀它自己启动的进程',
    en: '--kill-one needs workers on this machine (--local 1 or more): proc-lab only kills processes it started',
  },
  submitted: {
    zh: '运行 {run}：{m} 个任务（每个 {t}）已作为流条目放入队列{purged}',
    en: 'run {run}: {m} tasks ({t} each) queued as stream entries{purged}',
  },
  purged: {
    zh: '；先删除了已结束的运行留下的 {n} 个任务',
    en: '; {n} tasks left by runs that had ended were removed first',
  },
  joined: { zh: '{worker} 在 {s} 加入', en: '{worker} joined at {s}' },
  already: { zh: '{worker} 已在队列里', en: '{worker} was already in the queue' },
  lost: {
    zh: '{worker} 的心跳停了：{s} 时 Redis 认定它已失联',
    en: '{worker} stopped its heartbeat: at {s} Redis counts it as lost',
  },
  left: {
    zh: '{worker} 离开了队列，交还了 {n} 个任务',
    en: '{worker} left the queue and handed back {n} tasks',
  },
  killed: {
    zh: '--kill-one：{s} 时向 {worker} 发送 SIGKILL，它正在运行任务 {task}',
    en: '--kill-one: SIGKILL sent to {worker} at {s}, in the middle of task {task}',
  },
  storyKilled: {
    zh: '任务 {task} 在 {from} 上运行，{killed} 时被杀；它的条目在 Redis 里空闲了 {idle}（租约 {lease}）之后，{to} 在 {taken} 接手，并在 {end} 完成',
    en: 'task {task} ran on {from}, killed at {killed}; after its entry had been idle in Redis for {idle} (lease {lease}), {to} took it over at {taken} and finished it at {end}',
  },
  story: {
    zh: '任务 {task}：{from} 不再续租；条目在 Redis 里空闲了 {idle}（租约 {lease}）之后，{to} 在 {taken} 接手，并在 {end} 完成',
    en: 'task {task}: {from} stopped renewing its lease; after its entry had been idle in Redis for {idle} (lease {lease}), {to} took it over at {taken} and finished it at {end}',
  },
  colWorker: { zh: '工作进程（主机:PID）', en: 'worker (host:PID)' },
  colTasks: { zh: '完成的任务', en: 'tasks finished' },
  result: {
    zh: '{m} 个任务，生产者按任务编号计数，每个结果只计一次：共 {counted} 个；Redis 确认了 {done} 次完成，用时 {ms}',
    en: '{m} tasks, counted by the producer by task number, each result once: {counted} in all; Redis acknowledged {done} completions, in {ms}',
  },
  duplicates: {
    zh: '{n} 个任务完成了两次（慢了的工作进程和接手的工作进程都做完了）：第二个结果被忽略',
    en: '{n} tasks finished twice (a slow worker and the one that took over both completed it): the second result was ignored',
  },
  explain: {
    zh: '和一台机器上的进程池相比，变了三件事：没有共享内存，也没有通向父进程的管道，每个任务和结果都以 Redis 条目的形式经过网络；没有父进程能立刻发现死亡（进程池的父进程在子进程退出的那一刻就拿到退出状态），这里只有等租约过期才知道一个工作进程沉默了；于是投递是“至少一次”：一个任务可能运行两次，所以生产者按任务编号计数，任务本身也应当可以安全地重复执行。',
    en: 'Three things changed from the pool on one machine: there is no shared memory and no pipe to a parent, so every task and result crossed the network as Redis entries; no parent notices a death at once (a pool’s parent gets its child’s exit status the moment it exits), here a silent worker is noticed only when its lease runs out; so delivery is at least once: a task may run twice, which is why the producer counts by task number and tasks should be safe to run again.',
  },
} satisfies Record<string, Bi>;
