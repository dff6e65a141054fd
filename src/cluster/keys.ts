/**
 * Where a queue lives in Redis. Every key of queue Q starts with `proc-lab:cluster:Q:`, so several
 * queues (two classrooms, or parallel tests) share one Redis without mixing, and `--reset` can
 * remove exactly one queue. The keys, and who writes them:
 *
 *   tasks    stream, consumer group `workers`   producer XADDs jobs; workers XREADGROUP, XACK, XDEL
 *   events   stream                             workers XADD what they do; the producer XREADs it
 *   alive    sorted set: worker → expiry (ms)   each worker's heartbeat, in the broker's own clock
 *   info     hash: worker → {host,pid,...}      who each worker is
 *   config   hash                               leaseMs, set by the producer
 *   done     hash: run → count                  completions as the broker saw them (duplicates too)
 *   run:<id> string with a time to live          a producer's run is alive while this key exists
 */
import { UsageError } from '../runtime/errors.js';

export const GROUP = 'workers';
/** The default queue name, for `pool cluster` and `worker` without --queue. */
export const DEFAULT_QUEUE = 'default';
/** The lease when no producer has set one: how long a task may go unrenewed before it is retaken. */
export const DEFAULT_LEASE_MS = 5000;
/** The events stream is capped (approximately) at this many entries: it is a log, not storage. */
export const EVENTS_MAXLEN = 10_000;

export interface QueueKeys {
  queue: string;
  prefix: string;
  tasks: string;
  events: string;
  alive: string;
  info: string;
  config: string;
  done: string;
  run(id: string): string;
}

/** A queue name is part of Redis keys and of commands users type: keep it plain. */
export function checkQueueName(name: string): string {
  if (!/^[\w.-]{1,40}$/.test(name)) {
    throw new UsageError({
      zh: `--queue 只能用 1 到 40 个字母、数字、_、. 或 -，收到的是 '${name}'`,
      en: `--queue takes 1 to 40 letters, digits, _, . or -, got '${name}'`,
    });
  }
  return name;
}

export function queueKeys(queue: string): QueueKeys {
  const prefix = `proc-lab:cluster:${checkQueueName(queue)}`;
  return {
    queue,
    prefix,
    tasks: `${prefix}:tasks`,
    events: `${prefix}:events`,
    alive: `${prefix}:alive`,
    info: `${prefix}:info`,
    config: `${prefix}:config`,
    done: `${prefix}:done`,
    run: (id) => `${prefix}:run:${id}`,
  };
}
