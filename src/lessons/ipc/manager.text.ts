/** Words of the `manager` part. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  intro: {
    zh: '管理器（Manager）进程 PID {manager} 持有一个字典和一个列表。{n} 个客户端进程（PID {pids}）各做 {u} 次更新：把 dict["counter"] 加一，再往列表里追加 "自己的PID:序号"。每次更新都是一次请求，经 Unix 套接字 {path} 发给管理器进程，等它回复。',
    en: 'The manager process, PID {manager}, owns a dict and a list. {n} client processes (PIDs {pids}) each make {u} updates: add one to dict["counter"], then append "own PID:seq" to the list. Each update is a request sent to the manager over the Unix socket {path}, waiting for its reply.',
  },
  withoutIntro: {
    zh: '不用管理器进程：每个客户端同时也在自己的内存里数 counter，结果是——',
    en: 'Without a manager: each client also counted in its own memory, and got —',
  },
  copy: {
    zh: 'PID {pid} 自己的 counter = {value}',
    en: 'PID {pid}: its own counter = {value}',
  },
  copyMain: {
    zh: '主进程 PID {pid} 的 counter 仍是 0。没有哪个进程的副本等于总数 {expected}。',
    en: 'The main process, PID {pid}, still has counter = 0. No process’s copy equals the total, {expected}.',
  },
  copyMainOne: {
    zh: '主进程 PID {pid} 的 counter 仍是 0。只有一个客户端时它的副本恰好等于总数 {expected}；多几个客户端（--producers）就不是了。',
    en: 'The main process, PID {pid}, still has counter = 0. With one client its copy happens to equal the total, {expected}; with more clients (--producers) it would not.',
  },
  withIntro: {
    zh: '用管理器进程：',
    en: 'With the manager:',
  },
  counter: {
    zh: '管理器进程 PID {pid}：dict["counter"] = {counter}（应为 {expected}）',
    en: 'manager PID {pid}: dict["counter"] = {counter} (expected {expected})',
  },
  list: {
    zh: '列表长度 {length}（应为 {expected}），开头几项：{head}；每个客户端自己的项保持顺序：{ordered}',
    en: 'list length {length} (expected {expected}); first items: {head}; each client’s items in its own order: {ordered}',
  },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  rtt: {
    zh: '{requests} 次请求用时 {ms}（{rate} 次/秒）；每次往返中位数 {median}，p99 {p99}。',
    en: '{requests} requests in {ms} ({rate}/s); round trip median {median}, p99 {p99}.',
  },
  explain: {
    zh: '这里一个更新也没丢，原因有二：proc-lab 的“加一”是一次请求（incr），读出、加一、写回都由管理器进程自己完成；它只有一个线程（Node 的事件循环），一次处理一个请求。代价是每次读写都要一个来回，比读写自己的内存慢得多。',
    en: 'No update was lost here for two reasons: proc-lab’s increment is one request (incr), and the manager itself reads, adds one and writes back; it has one thread (Node’s event loop) and handles one request at a time. The price is a round trip for every access, far slower than touching one’s own memory.',
  },
  cpythonIntro: {
    zh: 'CPython 的 multiprocessing.Manager 也是一个服务进程持有真正的对象、其他进程拿着代理，但有两点不同：服务进程给每个连接开一个线程；在代理上写 d["c"] += 1 是两次请求，先读（__getitem__）再写（__setitem__）。用 CPython 做同样的计数：{n} 个进程各做 {u} 次 d["c"] += 1。',
    en: 'CPython’s multiprocessing.Manager also has a server process hold the real objects while other processes hold proxies, with two differences: the server serves each connection on its own thread, and d["c"] += 1 on a proxy is two requests, a read (__getitem__) and then a write (__setitem__). The same count in CPython: {n} processes each run d["c"] += 1 {u} times.',
  },
  cpythonRun: {
    zh: 'CPython，{how}：d["c"] = {actual}（应为 {expected}，丢了 {lost}），用时 {ms}；服务进程 PID {manager} 同时最多有 {threads} 个线程，工作进程 PID {pids}',
    en: 'CPython, {how}: d["c"] = {actual} (expected {expected}, {lost} lost) in {ms}; the server process, PID {manager}, had up to {threads} threads at once; worker processes PIDs {pids}',
  },
  noLock: { zh: '不加锁', en: 'no lock' },
  withLock: { zh: '持有 m.Lock() 时加一', en: 'adding with m.Lock() held' },
  lostHolds: {
    zh: '不加锁时丢了 {lost} 次更新：一个进程读出 c 之后、写回之前，别的进程的写入插了进来，随后被它覆盖。用 m.Lock() 把读和写包在一起，一次只有一个进程在改，结果是准确的 {expected}。',
    en: 'Without the lock {lost} updates were lost: after one process read c and before it wrote it back, another process’s write came in between and was then overwritten. With m.Lock() around the read and the write, one process at a time changes it, and the count is exact: {expected}.',
  },
  lostFails: {
    zh: '这一次没有显示出来：不加锁得到 {actual} / {expected}，加 m.Lock() 得到 {locked} / {expected}。',
    en: 'This run does not show it: {actual} of {expected} without the lock, {locked} of {expected} with m.Lock().',
  },
  oneProcess: {
    zh: '只有一个进程（--producers 1）时，读和写之间不会有别人的写入；用 2 个以上再试。',
    en: 'With one process (--producers 1) no other write can come between a read and its write; try 2 or more.',
  },
  cpythonMissing: {
    zh: '这台机器没有 python3，无法在旁边运行 CPython。CPython 的 Manager 给每个连接开一个线程，代理上的 d["c"] += 1 是先读后写两次请求，所以几个进程不加锁同时加一会丢更新，每次丢的数目不同；放进 with m.Lock(): 里就准确。有 python3 时这样看：python3 {path} nolock 3 2000，再运行 python3 {path} lock 3 2000。',
    en: 'There is no python3 here, so CPython cannot run beside it. CPython’s Manager serves each connection on its own thread, and d["c"] += 1 on a proxy is two requests, a read and then a write, so several processes adding without a lock lose updates, a different number each run; inside with m.Lock(): the count is exact. With python3, see it with: python3 {path} nolock 3 2000, then python3 {path} lock 3 2000.',
  },
  pythonRule: {
    zh: '所以在 Python 里：代理上的一次调用（d["k"] = v、列表代理的 append(x)）是一次请求，由服务进程整个做完；像 += 这样先读后写的操作，要用 m.Lock() 包起来。proc-lab 的管理器进程只提供整件操作（incr、append），所以不需要锁。',
    en: 'So in Python: one call on a proxy (d["k"] = v, a list proxy’s append(x)) is one request, carried out whole by the server; a read then a write such as += needs m.Lock() around it. proc-lab’s manager offers only whole operations (incr, append), which is why it needs no lock.',
  },
} satisfies Record<string, Bi>;
