/**
 * The ordered lesson registry: the CLI's subcommands, the menu, the tour and the quiz are all
 * built by looping over this one list (as rustlings keeps every exercise in one info.toml). Each
 * entry holds only what --help and the menu need (titles, sections, options, examples); a
 * lesson's logic (`<id>.ts`) and prose (`<id>.text.ts`) load only when it runs. Keeping these
 * small records in one module, rather than one module each, is measurably faster to start.
 */
import type { LessonEntry } from './types.js';

export const lessons: readonly LessonEntry[] = [
  {
    load: () => import('./processes/index.js'),
    meta: {
      id: 'processes',
      material: '§1.1',
      title: { zh: '进程是什么', en: 'What a process is' },
      summary: {
        zh: '进程是操作系统分配资源的基本单位：每个进程有自己的 PID、自己的内存，一个崩溃不会拖垮别的。下面每一条都在真实的进程上演示。',
        en: 'A process is the unit the operating system hands resources to: each has its own PID and its own memory, and one crashing does not take the others down. Every claim below is shown on real processes.',
      },
      sections: [
        { id: 'pids', title: { zh: 'PID 与父进程', en: 'PIDs and parents' } },
        { id: 'memory', title: { zh: '各自独立的内存', en: 'Separate memory' } },
        {
          id: 'stability',
          title: { zh: '稳定性：一个崩溃，其他照常', en: 'Stability: one crashes, the rest go on' },
        },
        {
          id: 'multicore',
          title: { zh: '多核：多个进程同时计算', en: 'Multi-core: processes compute in parallel' },
        },
        {
          id: 'cost',
          title: { zh: '代价：创建进程有多贵', en: 'Cost: how expensive a process is' },
        },
      ],
      options: [
        {
          flags: '--children <n>',
          description: { zh: '第一节启动的子进程数', en: 'children started in the first section' },
          int: { min: 1, max: 32 },
          default: 3,
        },
      ],
      examples: [
        'proc-lab processes',
        'proc-lab processes --children 5 --lang en',
        'proc-lab processes memory cost --fast',
      ],
    },
  },
  {
    load: () => import('./ipc/index.js'),
    meta: {
      id: 'ipc',
      material: '§1.1, §1.2',
      title: { zh: '进程间通信（IPC）', en: 'How processes talk (IPC)' },
      summary: {
        zh: '进程各有各的内存，想交换数据就得借助操作系统：队列、管道、管理者进程、共享内存加信号量，以及跨程序的网络和消息中间件。每种方式都在真实的进程上跑一遍，量出延迟和吞吐，最后放在一张表里比较。',
        en: 'Processes each have their own memory, so to exchange data they need the operating system: queues, pipes, a manager process, shared memory with a semaphore, and the network or a broker between programs. Each one runs on real processes here, its latency and throughput measured, and one table compares them at the end.',
      },
      sections: [
        {
          id: 'queue',
          title: { zh: '队列：父子进程之间', en: 'Queue: between parent and children' },
        },
        {
          id: 'pipe',
          title: { zh: '管道：两个兄弟进程之间', en: 'Pipe: between two sibling processes' },
        },
        {
          id: 'manager',
          title: { zh: '管理者进程：多个进程共享状态', en: 'Manager: many processes share state' },
        },
        { id: 'shm', title: { zh: '共享内存与信号量', en: 'Shared memory and a semaphore' } },
        {
          id: 'cross',
          title: {
            zh: '不同程序之间：网络与 Redis',
            en: 'Between programs: the network and Redis',
          },
        },
        { id: 'choose', title: { zh: '怎么选', en: 'Which to choose' } },
      ],
      options: [
        {
          flags: '--producers <n>',
          description: {
            zh: '生产者进程（和客户端、线程）的个数，默认 3',
            en: 'producer processes (and clients, threads), default 3',
          },
          int: { min: 1, max: 16 },
        },
        {
          flags: '--messages <m>',
          description: {
            zh: '每个生产者发送的消息数，默认 2000（--fast 时 200）',
            en: 'messages each producer sends, default 2000 (200 with --fast)',
          },
          int: { min: 1, max: 1_000_000 },
        },
        {
          flags: '--redis <url>',
          description: {
            zh: '让 cross 部分经过这个 Redis 服务器，例如 redis://127.0.0.1:6379',
            en: 'send the cross part through this Redis server, e.g. redis://127.0.0.1:6379',
          },
          env: 'REDIS_URL',
        },
      ],
      examples: [
        'proc-lab ipc',
        'proc-lab ipc queue pipe --fast --lang en',
        'proc-lab ipc shm --producers 4',
        'proc-lab ipc cross --redis redis://127.0.0.1:6379',
      ],
    },
  },
  {
    load: () => import('./pool/index.js'),
    meta: {
      id: 'pool',
      material: '§1.3',
      title: { zh: '为什么需要进程池', en: 'Why a process pool' },
      summary: {
        zh: '进程池一次性启动固定数量的进程，反复用它们执行任务。下面运行材料里的 Pool(3) 程序，对比 apply 与 apply_async，画出任务的时间线，并演示 close、join、terminate 和一个工作进程死掉时会发生什么。',
        en: 'A pool starts a fixed number of processes once and reuses them for task after task. Below: the material’s Pool(3) program live, apply next to apply_async, a timeline of the tasks, and what close, join, terminate and a dying worker really do.',
      },
      sections: [
        {
          id: 'material',
          title: { zh: '材料里的程序，现场运行', en: 'The material’s program, live' },
        },
        {
          id: 'apply',
          title: { zh: 'apply 与 apply_async 对比', en: 'apply next to apply_async' },
        },
        { id: 'timeline', title: { zh: '任务时间线', en: 'A timeline of the tasks' } },
        { id: 'why', title: { zh: '为什么用进程池', en: 'Why a pool' } },
        {
          id: 'lifecycle',
          title: { zh: 'close、join 与 terminate', en: 'close, join and terminate' },
        },
        { id: 'crash', title: { zh: '一个工作进程死了', en: 'A worker dies' } },
      ],
      options: [
        {
          flags: '--workers <n>',
          description: { zh: '进程池里的进程数', en: 'processes in the pool' },
          int: { min: 1, max: 64 },
          default: 3,
        },
        {
          flags: '--tasks <m>',
          description: { zh: '提交的任务数', en: 'tasks to submit' },
          int: { min: 1, max: 1000 },
          default: 10,
        },
        {
          flags: '--task-ms <t>',
          description: { zh: '每个任务睡眠的毫秒数', en: 'milliseconds each task sleeps' },
          int: { min: 0, max: 60000 },
          default: 2000,
        },
        {
          flags: '--mode <mode>',
          description: {
            zh: '第 2 部分运行哪种用法：async（apply_async）、sync（apply）或 both',
            en: 'which usage part 2 runs: async (apply_async), sync (apply) or both',
          },
          choices: ['async', 'sync', 'both'],
          default: 'both',
        },
      ],
      examples: [
        'proc-lab pool',
        'proc-lab pool --fast --lang en',
        'proc-lab pool apply --mode sync --tasks 4',
        'proc-lab pool timeline --workers 4 --tasks 12',
        'proc-lab pool --json --fast | jq -c \'select(.event == "callback")\'',
      ],
    },
  },
  {
    load: () => import('./zombie/index.js'),
    meta: {
      id: 'zombie',
      material: '§1.4, §1.5.1',
      title: { zh: '僵尸进程与孤儿进程', en: 'Zombies and orphans' },
      summary: {
        zh: '子进程退出了，父进程却没有取走它的退出状态，它就成了僵尸进程；父进程先走了，子进程就成了孤儿进程。下面制造真正的僵尸和孤儿，在进程表里看到它们，再把它们回收干净。',
        en: 'A child that has exited but whose parent has not collected its exit status is a zombie; a child whose parent exits first is an orphan. Below, real zombies and orphans are made, seen in the process table, and cleaned up.',
      },
      sections: [
        {
          id: 'zombie',
          title: { zh: '一个真正的僵尸进程，以及回收它', en: 'A real zombie, and reaping it' },
        },
        {
          id: 'orphan',
          title: { zh: '孤儿进程：父进程先走了', en: 'Orphans: the parent leaves first' },
        },
        {
          id: 'pid1',
          title: { zh: '谁来收养：PID 1 与 subreaper', en: 'Who adopts: PID 1 and subreapers' },
        },
      ],
      options: [
        {
          flags: '--hold <s>',
          description: {
            zh: '僵尸保留多少秒（--fast 时缩短为十分之一）',
            en: 'seconds the zombie stays (--fast: a tenth)',
          },
          int: { min: 0, max: 600 },
          default: 10,
        },
        {
          flags: '--python',
          description: {
            zh: '用材料里的 Python os.fork() 程序制造僵尸（需要 python3）',
            en: "make the zombie with the material's Python os.fork() program (needs python3)",
          },
        },
        {
          flags: '--watch',
          description: {
            zh: '实时视图：原地刷新 proc-lab 的进程树，循环演示僵尸的一生（q 退出，空格暂停）',
            en: "live view: proc-lab's process tree redrawn in place through a zombie's life (q quits, space pauses)",
          },
        },
        {
          flags: '--interval <ms>',
          description: { zh: '--watch 的刷新间隔（毫秒）', en: '--watch refresh interval in ms' },
          int: { min: 100, max: 10_000 },
          default: 1000,
        },
        {
          flags: '--all',
          description: {
            zh: '--watch 时同时列出本机所有僵尸进程',
            en: '--watch also lists every zombie on the machine',
          },
        },
      ],
      examples: [
        'proc-lab zombie',
        'proc-lab zombie --python --hold 30',
        'proc-lab zombie --watch',
        'proc-lab zombie orphan pid1 --fast --lang en',
      ],
    },
  },
  {
    load: () => import('./executor/index.js'),
    meta: {
      id: 'executor',
      material: '§1.5.2',
      title: {
        zh: '执行器与 Future（concurrent.futures）',
        en: 'Executors and futures (concurrent.futures)',
      },
      summary: {
        zh: 'Python 的 concurrent.futures 把进程池和线程池包装成“执行器”：提交一个任务，立刻拿回一个 Future，结果稍后才到。proc-lab 用 Node 实现了同样的接口（ProcessPoolExecutor、ThreadPoolExecutor、Future、asCompleted、wait），下面每一步都跑在真实的进程和线程上。',
        en: 'Python’s concurrent.futures wraps process pools and thread pools as "executors": submit a task and get a Future back at once; the result arrives later. proc-lab implements the same interface in Node (ProcessPoolExecutor, ThreadPoolExecutor, Future, asCompleted, wait), and every step below runs on real processes and threads.',
      },
      sections: [
        { id: 'future', title: { zh: '执行器与 Future', en: 'Executor and Future' } },
        {
          id: 'fetch',
          title: { zh: '教材里的抓网页', en: 'The material’s page fetch' },
        },
        { id: 'compare', title: { zh: '用线程还是用进程', en: 'Threads or processes' } },
        {
          id: 'collect',
          title: { zh: 'map、as_completed 与 wait', en: 'map, as_completed and wait' },
        },
        { id: 'shutdown', title: { zh: 'shutdown：等还是不等', en: 'shutdown: to wait or not' } },
      ],
      options: [
        {
          flags: '--kind <kind>',
          description: {
            zh: '用哪种执行器：进程池、线程池或两者都用',
            en: 'which executor: the process pool, the thread pool, or both',
          },
          choices: ['process', 'thread', 'both'],
          default: 'both',
        },
        {
          flags: '--workers <n>',
          description: {
            zh: '每个执行器的 worker 数（maxWorkers）',
            en: 'workers per executor (maxWorkers)',
          },
          int: { min: 1, max: 64 },
          default: 3,
        },
        {
          flags: '--url <url...>',
          description: {
            zh: '第二部分改为抓取这些真实网址（需要联网）',
            en: 'in part 2, fetch these real addresses instead (needs a network)',
          },
        },
      ],
      examples: [
        'proc-lab executor',
        'proc-lab executor fetch --workers 1 --fast',
        'proc-lab executor compare --lang en',
        'proc-lab executor fetch --url https://www.baidu.com https://example.com',
      ],
    },
  },
];
