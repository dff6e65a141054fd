/** Words of the `cross` part. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  intro: {
    zh: '材料问：Java 项目和 Python 项目怎么通信？它们不是父子进程，启动时不会继承同一个管道或 IPC 通道，只能按一个双方都知道的名字找到对方：同一台机器上可以是命名管道（FIFO）、Unix 套接字（manager 部分就用了一个）、POSIX 共享内存或消息队列；跨机器就是 TCP 上的 HTTP，或者 Redis、RabbitMQ 这样的消息中间件。不管走哪条路，双方都得约定同一种协议：消息的格式和先后。下面两个程序走 127.0.0.1 上的 HTTP 加 JSON：proc-lab 启动它们只是为了最后能收拾干净，它们之间的每条消息都走网络。',
    en: 'The material asks how a Java project and a Python project talk. They are not parent and child, so they inherit no pipe or IPC channel at start; they find each other by a name both know: on one host a named pipe (FIFO), a Unix socket (the manager part uses one), POSIX shared memory or a message queue; across machines HTTP over TCP, or a broker such as Redis or RabbitMQ. Whichever way, both sides must agree on one protocol: the format and order of their messages. The two programs below use HTTP with JSON on 127.0.0.1: proc-lab starts them only to clean up at the end; every message between them goes over the network.',
  },
  httpIntro: {
    zh: '服务器 PID {server}（Node）在 127.0.0.1:{port} 上监听 HTTP；客户端只知道这个地址。',
    en: 'The server, PID {server} (Node), listens for HTTP on 127.0.0.1:{port}; the client knows only that address.',
  },
  programs: {
    zh: '服务器 PID {server}（Node）⇄ 客户端 PID {client}（{lang}）：两个独立的程序',
    en: 'server PID {server} (Node) ⇄ client PID {client} ({lang}): two separate programs',
  },
  sample: {
    zh: '消息 #{i}：PID {from} → PID {to}，{bytes} 字节，{ms} 后收到回复',
    en: 'message #{i}: PID {from} → PID {to}, {bytes} bytes, answered in {ms}',
  },
  result: {
    zh: '{requests} 次请求用时 {ms}（{rate} 次/秒）；往返中位数 {median}，p99 {p99}。',
    en: '{requests} requests in {ms} ({rate}/s); round trip median {median}, p99 {p99}.',
  },
  httpExplain: {
    zh: '每条消息都要经过两端的 TCP 协议栈、HTTP 解析和 JSON 编解码（和父子进程间的 IPC 通道比一比，见最后的表）；好处是双方只需要约定地址和格式，用什么语言写、在不在同一台机器上都无所谓。',
    en: 'Each message passes through both TCP stacks, HTTP parsing and JSON encoding (compare it with the IPC channel between parent and child in the closing table); in return the two sides only agree on an address and a format, whatever their language and wherever they run.',
  },
  redisIntro: {
    zh: '同样的交换改走 Redis {version}（{url}，服务器 PID {redisPid}，不是我们启动的）。客户端用 LPUSH 把任务放进列表 {queue}，工作进程 PID {server} 用 BRPOP 取走；回复经发布/订阅（PUBLISH）发到客户端订阅的频道。两边和 Redis 说的都是它自己的协议 RESP，跑在 TCP 上。',
    en: 'The same exchange through Redis {version} ({url}, server PID {redisPid}, not started by us). The client puts each job onto the list {queue} with LPUSH; the worker, PID {server}, takes it with BRPOP; the answer comes back by pub/sub (PUBLISH) on the channel the client subscribed to. Both sides speak Redis’s own protocol, RESP, over TCP.',
  },
  redisLeft: {
    zh: '结束时列表 {queue} 里还剩 {left} 个任务。',
    en: 'Jobs left on {queue} at the end: {left}.',
  },
  redisExplain: {
    zh: '中间件让双方解耦：发送方不需要知道谁来处理、对方是否在线；任务在列表里等着，直到某个工作进程取走。多个工作进程、甚至在多台机器上，都可以从同一个列表取任务，这就是跨机器扩展的办法。代价是每条消息多了一跳网络。',
    en: 'A broker decouples the two sides: the sender need not know who handles a job or whether it is up; the job waits on the list until some worker takes it. Many workers, on many machines, can take from one list: that is how the exchange scales past one machine. The price is one more network hop per message.',
  },
  noRedis: {
    zh: '加上 --redis redis://主机:端口（或设置 REDIS_URL），同样的交换会经过一台真正的 Redis 服务器。',
    en: 'Add --redis redis://host:port (or set REDIS_URL) to send the same exchange through a real Redis server.',
  },
  explain: {
    zh: '同一个程序的父子进程可以从父进程继承管道、IPC 通道和共享内存；不相关的程序要靠名字相遇：同一台机器上是 FIFO 或 Unix 套接字的路径、共享内存或消息队列的名字，跨机器是地址和端口。哪种都一样，两边得说同一种协议。选哪种，看下一节的表。',
    en: 'Parent and child processes of one program can inherit pipes, an IPC channel and shared memory from the parent; unrelated programs meet by a name: on one host the path of a FIFO or a Unix socket, the name of shared memory or a message queue; across machines an address and a port. Either way, both sides must speak one protocol. Which to choose: see the table in the next part.',
  },
  brokers: {
    zh: '材料 §1.2 说 RabbitMQ、Redis 等在不同程序之间通过 HTTP 等其他协议完成通信，读起来像是这些中间件说的是 HTTP。其实它们各说各的协议，都跑在 TCP 上：RabbitMQ 用 AMQP，Redis 用 RESP；HTTP 是另一种办法，就像上面客户端直接连服务器那样。',
    en: 'The material’s §1.2 says RabbitMQ, Redis and the like connect separate programs through HTTP and other protocols, which reads as if these brokers spoke HTTP. Each speaks its own protocol over TCP: RabbitMQ speaks AMQP, Redis speaks RESP; HTTP is another way, as the client above talks to the server directly.',
  },
} satisfies Record<string, Bi>;
