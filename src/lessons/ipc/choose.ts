/**
 * Part `choose`: one table of what each mechanism measured in this run (latency, throughput),
 * with one line each on when to use it. Parts not run in this run show a dash.
 */
import type { Bi } from '../../i18n/index.js';
import { round } from '../../measure/stats.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { text } from './choose.text.js';
import { type Mechanism, measured } from './results.js';

const ROWS: readonly { id: Mechanism; name: Bi; between: Bi; use: Bi }[] = [
  { id: 'queue', name: text.queue, between: text.parentChild, use: text.useQueue },
  { id: 'pipe', name: text.pipe, between: text.twoProcesses, use: text.usePipe },
  { id: 'manager', name: text.manager, between: text.manyProcesses, use: text.useManager },
  { id: 'shm', name: text.shm, between: text.threads, use: text.useShm },
  { id: 'http', name: text.http, between: text.programs, use: text.useHttp },
  { id: 'redis', name: text.redis, between: text.machines, use: text.useRedis },
];

const num = (x: number) => Math.round(x).toLocaleString('en');
/** Shared memory is counted in fractions of a microsecond; the rest in ms. */
const latency = (x: number) => (x < 0.01 ? `${(x * 1000).toFixed(2)} µs` : ms(x));

export async function choose(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const dash = '—';
  const rows = ROWS.map((r) => {
    const m = measured(r.id);
    const took = m?.latencyMs === undefined ? dash : latency(m.latencyMs);
    let rate = dash;
    if (m?.mbPerSecond !== undefined) rate = `${num(m.mbPerSecond)} MB/s`;
    else if (m?.perSecond !== undefined) rate = out.text(text.perSecond, { n: num(m.perSecond) });
    const fields = Object.entries(m ?? {}).map(([k, v]) => [k, round(v)]);
    out.event('comparison', { mechanism: r.id, ...Object.fromEntries(fields) });
    return [out.text(r.name), out.text(r.between), took, rate, out.text(r.use)];
  });
  out.say(text.intro);
  out.table([text.colMechanism, text.colBetween, text.colLatency, text.colRate, text.colUse], rows);
  if (ROWS.some((r) => measured(r.id) === undefined)) out.say(text.missing);
  out.say(text.explain);
}
