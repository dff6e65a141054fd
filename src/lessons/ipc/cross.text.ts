/** Words of the `cross` part. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  intro: {
    zh: '材料问：Java 项目和 Python 项目怎么通信？它们不是父子进程，没有共同的管道或队列，只能约定一种都懂的协议：HTTP 加 JSON，或者经过 Redis、RabbitMQ 这样的消息中间件。下面两个程序也一样：proc-lab 启动它们只是为了最后能收拾干净，它们之间的每条消息都走网络。',
    en: 'The material asks how a Java project and a Python project talk. They are not parent and child and share no pipe or queue; they must agree on a protocol both speak: HTTP with JSON, or a broker such as Redis or RabbitMQ. So do the two programs below: proc-lab starts them only to clean up at the end; every message between them goes over the network.',
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
    zh: '每条消息都要经过两端的 TCP 协议栈、HTTP 解析和 JSON 编解码，所以比父子进程间的 IPC 通道慢；好处是双方只需要约定地址和格式，用什么语言写、在不在同一台机器上都无所谓。',
    en: 'Each message passes through both TCP stacks, HTTP parsing and JSON encoding, so it is slower than the IPC channel between parent and child; in return the two sides only agree on an address and a format, whatever their language and wherever they run.',
  },
  redisIntro: {
    zh: '同样的交换改走 Redis {version}（{url}，服务器 PID {redisPid}，不是我们启动的）。客户端用 LPUSH 把任务放进列表 {queue}，工作进程 PID {server} 用 BRPOP 取走；回复经发布/订阅（PUBLISH）发到客户端订阅的频道。',
    en: 'The same exchange through Redis {version} ({url}, server PID {redisPid}, not started by us). The client puts each job onto the list {queue} with LPUSH; the worker, PID {server}, takes it with BRPOP; the answer comes back by pub/sub (PUBLISH) on the channel the client subscribed to.',
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
    zh: '同一程序里的进程可以用队列、管道、共享内存；不同程序之间只能靠网络协议或中间件。选哪种，看下一节的表。',
    en: 'Processes of one program can use queues, pipes and shared memory; separate programs rely on a network protocol or a broker. Which to choose: see the table in the next part.',
  },
} satisfies Record<string, Bi>;
