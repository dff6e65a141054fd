/**
 * Part `choose`: one table of what each mechanism measured in this run (the round trip of a message
 * and its answer, where there is one; what it moved per second, in its own unit), with one line
 * each on when to use it. Parts not run in this run, and round trips where nothing answers, show
 * a dash.
 */
import type { Bi } from '../../i18n/index.js';
import { round } from '../../measure/stats.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { text } from './choose.text.js';
import { type Mechanism, measured } from './results.js';

/** `rate` names what each row counts per second: messages, requests, jobs or increments. */
const ROWS: readonly { id: Mechanism; name: Bi; between: Bi; use: Bi; rate: Bi }[] = [
  { id: 'queue', name: text.queue, between: text.parentChild, use: text.useQueue, rate: text.msgs },
  { id: 'pipe', name: text.pipe, between: text.twoProcesses, use: text.usePipe, rate: text.msgs },
  {
    id: 'manager',
    name: text.manager,
    between: text.manyProcesses,
    use: text.useManager,
    rate: text.requests,
  },
  { id: 'shm', name: text.shm, between: text.threads, use: text.useShm, rate: text.increments },
  { id: 'http', name: text.http, between: text.programs, use: text.useHttp, rate: text.requests },
  { id: 'redis', name: text.redis, between: text.machines, use: text.useRedis, rate: text.jobs },
];

const num = (x: number) => Math.round(x).toLocaleString('en');

export async function choose(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const dash = '—';
  const rows = ROWS.map((r) => {
    const m = measured(r.id);
    const took = m?.latencyMs === undefined ? dash : ms(m.latencyMs);
    let rate = dash;
    if (m?.mbPerSecond !== undefined) rate = `${num(m.mbPerSecond)} MB/s`;
    else if (m?.perSecond !== undefined)
      rate = out.text(r.rate, { n: num(m.perSecond), threads: m.threads ?? 1 });
    const fields = Object.entries(m ?? {}).map(([k, v]) => [k, round(v)]);
    out.event('comparison', { mechanism: r.id, ...Object.fromEntries(fields) });
    return [out.text(r.name), out.text(r.between), took, rate, out.text(r.use)];
  });
  out.say(text.intro);
  out.table(
    [text.colMechanism, text.colBetween, text.colRoundTrip, text.colRate, text.colUse],
    rows,
  );
  if (ROWS.some((r) => measured(r.id) === undefined)) out.say(text.missing);
  out.say(text.explain);
}
