/**
 * The ipc lesson under a large load: 4 producers × 100,000 messages through the IPC channel.
 * Targets: --json stays a sample (at most 3 `message` events per producer, whatever M is), and
 * the consumer keeps every message in order. Throughput and round trip are printed as measured.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, report } from './lib.js';

interface Ev {
  event: string;
  name?: string;
  value?: number;
}

export default function ipc(): void {
  const producers = 4;
  const messages = 100_000;
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin', 'proc-lab.js'),
      'ipc',
      'queue',
      '--json',
      '--producers',
      String(producers),
      '--messages',
      String(messages),
    ],
    { encoding: 'utf8', env: { ...process.env, REDIS_URL: '' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`proc-lab ipc queue exited ${r.status}: ${r.stderr}`);
  const events = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Ev);
  const measure = (name: string) =>
    events.find((e) => e.event === 'measure' && e.name === name)?.value;
  const sampled = events.filter((e) => e.event === 'message').length;
  report('ipc queue: wall time', `${(ms / 1000).toFixed(2)} s`);
  report(
    'ipc queue: messages received',
    `${measure('queue-messages')}`,
    `${producers * messages}`,
    measure('queue-messages') === producers * messages,
  );
  report(
    'ipc queue: out of order',
    `${measure('queue-out-of-order')}`,
    '0',
    measure('queue-out-of-order') === 0,
  );
  report(
    'ipc queue: message events (a sample)',
    `${sampled} of ${events.length} lines`,
    `≤ ${producers * 3}`,
    sampled <= producers * 3,
  );
  report('ipc queue: throughput', `${measure('queue-throughput')} messages/s`);
  report(
    'ipc queue: round trip median / p99',
    `${measure('queue-rtt-median')} / ${measure('queue-rtt-p99')} ms`,
  );
}
