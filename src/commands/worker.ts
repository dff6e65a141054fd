/**
 * `proc-lab worker --redis URL [--name NAME] [--concurrency N] [--queue Q]`: a worker program of
 * the `pool cluster` queue, to run in another terminal or on another machine that reaches the
 * broker. It prints each task it takes; with --json, one event per line. Ctrl-C (or SIGTERM)
 * hands its unfinished tasks back to the queue before it exits; a broker lost mid-run is one
 * line and exit 1.
 */
import { Broker } from '../cluster/broker.js';
import { checkQueueName, DEFAULT_QUEUE } from '../cluster/keys.js';
import { Worker, type WorkerReport } from '../cluster/worker.js';
import { checkUrl } from '../ipc/redis.js';
import { children } from '../runtime/children.js';
import { UsageError } from '../runtime/errors.js';
import { ms } from '../ui/format.js';
import { Output } from '../ui/output.js';
import type { CommandModule } from './types.js';
import { text } from './worker.text.js';

/** Print one report of the worker loop, as prose or as an event. */
function show(out: Output, r: WorkerReport, self: { worker: string; host: string; pid: number }) {
  switch (r.type) {
    case 'join':
      out.event('worker-join', { worker: r.worker, host: r.host, pid: r.pid });
      return;
    case 'start': {
      const { job, redelivery } = r;
      out.event('task-start', { task: job.task, run: job.run, slot: r.slot, ...self });
      if (redelivery) {
        out.event('redelivered', {
          task: job.task,
          from: redelivery.from,
          to: self.worker,
          afterMs: redelivery.idleMs,
          deliveries: redelivery.deliveries,
        });
        out.fact(text.taken, {
          task: job.task,
          run: job.run,
          from: redelivery.from,
          idle: ms(redelivery.idleMs),
          n: redelivery.deliveries,
        });
      } else out.fact(text.start, { task: job.task, run: job.run });
      return;
    }
    case 'end':
      out.event('task-end', { task: r.job.task, result: r.result, ms: r.ms, ...self });
      out.fact(text.end, { task: r.job.task, ms: ms(r.ms), result: JSON.stringify(r.result) });
      return;
    case 'reject':
      out.event('job-rejected', { id: r.rejection.id, reason: r.rejection.reason.en, ...self });
      out.warn({
        zh: `${r.rejection.id}：${r.rejection.reason.zh}`,
        en: `${r.rejection.id}: ${r.rejection.reason.en}`,
      });
      return;
    case 'drop':
      out.event('job-dropped', { task: r.job.task, run: r.job.run, ...self });
      out.fact(text.dropped, { task: r.job.task, run: r.job.run });
      return;
    case 'lease-lost':
      out.event('lease-lost', { task: r.job.task, run: r.job.run, ...self });
      out.fact(text.leaseLost, { task: r.job.task });
      return;
    case 'leave':
      out.event('worker-leave', { requeued: r.requeued, ...self });
      out.fact(text.leave, { n: r.requeued });
  }
}

const command: CommandModule = {
  run: async ({ global, options }) => {
    const url = options.redis as string | undefined;
    if (!url) throw new UsageError(text.needRedis);
    checkUrl(url);
    const queue = checkQueueName((options.queue as string | undefined) ?? DEFAULT_QUEUE);
    const name = options.name as string | undefined;
    if (name !== undefined && !/^[\w.-]{1,40}$/.test(name)) throw new UsageError(text.badName);
    const out = new Output({ lang: global.lang, json: global.json, color: global.color });
    const broker = await Broker.open(url, queue);
    const worker = new Worker(broker, (r) => show(out, r, self), {
      ...(name ? { name } : {}),
      concurrency: (options.concurrency as number | undefined) ?? 1,
    });
    const self = { worker: worker.name, host: worker.host, pid: worker.pid };
    out.event('broker', { url: broker.url, version: broker.version, queue });
    // Ctrl-C and SIGTERM end through the lifecycle's cleanup: hand the tasks back, then close.
    const undo = children.onCleanup(async () => {
      await worker.stop();
      broker.close();
    });
    out.say(text.joined, {
      worker: worker.name,
      queue,
      version: broker.version,
      url: broker.url,
      n: worker.concurrency,
    });
    try {
      await worker.run();
    } finally {
      undo();
      broker.close();
    }
    return 0;
  },
};
export default command;
