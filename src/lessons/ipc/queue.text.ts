/** Words of the `queue` part. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  intro: {
    zh: '我是消费者，PID {pid}。{n} 个生产者子进程（PID {pids}）各发 {m} 条消息给我，走的是 Node 的 IPC 通道：fork() 时操作系统在父子进程之间建的一对套接字。Python 的 multiprocessing.Queue 底层也是一条管道加序列化。',
    en: 'I am the consumer, PID {pid}. {n} producer children (PIDs {pids}) each send me {m} messages over Node’s IPC channel: a socket pair the OS sets up between parent and child at fork(). Python’s multiprocessing.Queue is likewise a pipe plus serialization underneath.',
  },
  runs: {
    zh: '消息到达的顺序，按“连续来自同一发送方的一串”分组（前 {k} 串）：',
    en: 'The order of arrival, grouped into runs of consecutive messages from one sender (first {k} runs):',
  },
  colRun: { zh: '串', en: 'run' },
  colFrom: { zh: '发送方 PID', en: 'from PID' },
  colTo: { zh: '接收方 PID', en: 'to PID' },
  colCount: { zh: '条数', en: 'messages' },
  colSeq: { zh: '序号', en: 'seq' },
  order: {
    zh: '收到 {received} / {expected} 条。同一个生产者的消息乱序 {outOfOrder} 次；不同生产者之间交错 {switches} 次（相邻两条来自不同发送方）。',
    en: 'Received {received} / {expected}. Out of order within one producer: {outOfOrder}; interleavings between producers: {switches} (consecutive messages from different senders).',
  },
  flood: {
    zh: '吞吐 {rate} 条/秒（{ms} 收完）；满负荷时单程延迟中位数 {median}，p99 {p99}（消息在通道里排队）。',
    en: 'Throughput {rate} messages/s (all in after {ms}); one-way latency under load: median {median}, p99 {p99} (messages queue up in the channel).',
  },
  rtt: {
    zh: '一问一答 {k} 次（父进程发 ping，子进程回 pong）：往返延迟中位数 {median}，p99 {p99}。',
    en: '{k} round trips (the parent sends ping, a child answers pong): median {median}, p99 {p99}.',
  },
  explain: {
    zh: '每条消息都被序列化成 JSON、经内核复制到另一个进程、再解析出来：传的是副本，不是共享的对象。每个生产者自己的顺序一定保持（一条通道就是先进先出），但几个生产者之间谁先谁后由调度决定，所以会交错。满负荷时的单程延迟远大于一问一答的往返延迟，多出来的是排队时间。',
    en: 'Each message is serialized to JSON, copied through the kernel into the other process and parsed again: a copy travels, not a shared object. Each producer’s own order is always kept (one channel is first in, first out), but which producer goes first is up to the scheduler, so they interleave. One-way latency under load is far above the quiet round trip: the difference is time spent waiting in the queue.',
  },
  noInterleave: {
    zh: '这一次各生产者恰好没有交错（消息太少，一个发完另一个才开始）；加大 --messages 再试。',
    en: 'This time the producers did not interleave (too few messages: one finished before the next began); try a larger --messages.',
  },
} satisfies Record<string, Bi>;
