/** Part `multicore`: one prime count on one process and split over every core. */
import { availableParallelism } from 'node:os';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { text } from './text.js';

/** Time one run of the prime count split over `n` processes, from the first fork to the last exit. */
async function countPrimes(ctx: LessonContext, limit: number, n: number) {
  const t0 = performance.now();
  const kids = Array.from({ length: n }, (_, k) =>
    ctx.demo('primes', [String(limit), String(k), String(n)]),
  );
  const parts = await Promise.all(kids.map((k) => waitMessage<{ count: number }>(k, 'primes')));
  await Promise.all(kids.map(waitExit));
  return { ms: performance.now() - t0, count: parts.reduce((s, p) => s + p.count, 0) };
}

export async function multicore(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const n = availableParallelism();
  const limit = ctx.fast ? 600_000 : 4_000_000;
  out.say(text.multicoreIntro, { limit: limit.toLocaleString('en'), n });
  const one = await countPrimes(ctx, limit, 1);
  out.event('measure', { name: 'primes-1-process', ms: Math.round(one.ms) });
  out.fact(text.multicoreRow, { n: 1, ms: ms(one.ms), count: one.count });
  const many = await countPrimes(ctx, limit, n);
  out.event('measure', { name: `primes-${n}-processes`, ms: Math.round(many.ms) });
  out.fact(text.multicoreRow, { n, ms: ms(many.ms), count: many.count });
  const speedup = one.ms / many.ms;
  out.event('measure', { name: 'speedup', value: Number(speedup.toFixed(2)), ideal: n });
  out.bars([
    { label: '1', value: one.ms, text: ms(one.ms) },
    { label: String(n), value: many.ms, text: ms(many.ms) },
  ]);
  out.fact(text.multicoreSpeedup, { speedup: speedup.toFixed(2), n });
  out.say(text.multicoreExplain);
}
