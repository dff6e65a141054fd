/** What `proc-lab worker` prints: one line per thing it does, in both languages. */
import type { Bi } from '../i18n/index.js';

export const text = {
  needRedis: {
    zh: 'proc-lab worker 需要一个 Redis 地址：--redis redis://主机:6379，或设置 REDIS_URL',
    en: 'proc-lab worker needs a Redis URL: --redis redis://host:6379, or set REDIS_URL',
  },
  badName: {
    zh: '--name 只能用 1 到 40 个字母、数字、_、. 或 -',
    en: '--name takes 1 to 40 letters, digits, _, . or -',
  },
  joined: {
    zh: '工作进程 {worker} 已加入队列 {queue}（Redis {version}，{url}；并发数 {n}），等待任务；Ctrl-C 退出',
    en: 'worker {worker} joined queue {queue} (Redis {version} at {url}; concurrency {n}) and waits for tasks; Ctrl-C to leave',
  },
  start: {
    zh: '任务 {task}（运行 {run}）：开始',
    en: 'task {task} (run {run}): started',
  },
  taken: {
    zh: '任务 {task}（运行 {run}）：从 {from} 接手，它在 Redis 里已有 {idle} 没有续租（第 {n} 次投递）',
    en: 'task {task} (run {run}): taken over from {from}, whose lease had gone unrenewed for {idle} in Redis (delivery {n})',
  },
  end: {
    zh: '任务 {task}：完成，用时 {ms}，结果 {result}',
    en: 'task {task}: done in {ms}, result {result}',
  },
  rejected: {
    zh: '拒绝任务 {id}：{reason}（已确认并删除，继续等待下一个）',
    en: 'rejected job {id}: {reason} (acknowledged and deleted; waiting for the next)',
  },
  dropped: {
    zh: '任务 {task}：它所属的运行 {run} 已经结束，丢弃',
    en: 'task {task}: its run {run} is over, dropped',
  },
  leaseLost: {
    zh: '任务 {task}：租约已过期，别的工作进程接手了，这里放弃',
    en: 'task {task}: the lease ran out and another worker took it over; abandoned here',
  },
  leave: {
    zh: '离开队列：{n} 个未完成的任务已交还给队列',
    en: 'leaving the queue: {n} unfinished tasks handed back to it',
  },
} satisfies Record<string, Bi>;
