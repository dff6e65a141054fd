/** Words of the `manager` part. */
import type { Bi } from '../../i18n/index.js';

export const text = {
  intro: {
    zh: '管理者进程 PID {manager} 持有一个字典和一个列表。{n} 个客户端进程（PID {pids}）各做 {u} 次更新：把 dict["counter"] 加一，再往列表里追加 "自己的PID:序号"。每次更新都是一次请求，经 Unix 套接字 {path} 发给管理者，等它回复。',
    en: 'The manager process, PID {manager}, owns a dict and a list. {n} client processes (PIDs {pids}) each make {u} updates: add one to dict["counter"], then append "own PID:seq" to the list. Each update is a request sent to the manager over the Unix socket {path}, waiting for its reply.',
  },
  withoutIntro: {
    zh: '不用管理者：每个客户端同时也在自己的内存里数 counter，结果是——',
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
    zh: '用管理者：',
    en: 'With the manager:',
  },
  counter: {
    zh: '管理者 PID {pid}：dict["counter"] = {counter}（应为 {expected}）',
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
    zh: 'Python 的 multiprocessing.Manager 就是这样工作的：一个服务进程持有真正的对象，其他进程拿到的是代理，每次方法调用都变成一条经套接字发出的请求。管理者一次只处理一个请求，所以一次更新都不会丢；代价是每次读写都要一个来回，比读写自己的内存慢成千上万倍。',
    en: 'This is how Python’s multiprocessing.Manager works: a server process holds the real objects, other processes hold proxies, and every method call becomes a request over a socket. The manager applies one request at a time, so no update is ever lost; the price is a round trip for every access, thousands of times slower than touching one’s own memory.',
  },
} satisfies Record<string, Bi>;
