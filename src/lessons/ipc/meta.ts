/** What `--help`, the menu and the tour need of the ipc lesson; its code loads only when it runs. */
import type { LessonEntry } from '../types.js';

export const entry: LessonEntry = {
  load: () => import('./index.js'),
  quiz: () => import('./quiz.js'),
  meta: {
    id: 'ipc',
    material: '§1.1, §1.2',
    title: { zh: '进程间通信（IPC）', en: 'How processes talk (IPC)' },
    summary: {
      zh: '进程各有各的内存，想交换数据就得借助操作系统：队列、管道（包括几个进程共用的管道和队列）、管理器（Manager）进程、共享内存加信号量，以及跨程序的网络和消息中间件。每种方式都在真实的进程上跑一遍，量出延迟和吞吐，最后放在一张表里比较。讲到 Python 的 API 时，装了 python3 就让 CPython 在旁边做同样的事。',
      en: 'Processes each have their own memory, so to exchange data they need the operating system: queues, pipes (including pipes and queues shared by several processes), a manager process, shared memory with a semaphore, and the network or a broker between programs. Each one runs on real processes here, its latency and throughput measured, and one table compares them at the end. Where Python’s API is taught, CPython does the same beside it when python3 is installed.',
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
        id: 'pipebuf',
        title: {
          zh: 'PIPE_BUF：几个写进程共用一条管道',
          en: 'PIPE_BUF: several writers on one pipe',
        },
      },
      {
        id: 'mpqueue',
        title: {
          zh: '多个进程共用一个队列',
          en: 'One queue shared by many processes',
        },
      },
      {
        id: 'manager',
        title: { zh: '管理器进程：多个进程共享状态', en: 'Manager: many processes share state' },
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
      'proc-lab ipc pipebuf --fast --lang zh',
      'proc-lab ipc cross --redis redis://127.0.0.1:6379',
    ],
  },
};
