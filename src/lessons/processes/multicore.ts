/**
 * Part `multicore`: one prime count on one process and split over every core. The conclusion
 * ("split over processes finishes sooner") is printed only when this run's speed-up shows it
 * (the `multicore-speedup` verdict); otherwise the screen says what the numbers did show.
 */

import { availableParallelism } from 'node:os';
import { counted } from '../../i18n/index.js';
import { words } from '../../i18n/words.js';
import { watchMachine } from '../../measure/machine.js';
import { verdict } from '../../measure/verdict.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { text } from './cost.text.js';

/** Below this the gain is inside what a busy machine's noise can make. */
export const MIN_SPEEDUP = 1.15;

/**
 * Time one run of the prime count split over `n` processes, from the first fork to the last exit,
 * and the longest time a child spent computing (the rest is starting processes).
 */
async function countPrimes(ctx: LessonContext, limit: number, n: number) {
  const t0 = performance.now();
  const kids = Array.from({ length: n }, (_, k) =>
    ctx.demo('primes', [String(limit), String(k), String(n)]),
  );
  const parts = await Promise.all(
    kids.map((k) => waitMessage<{ count: number; ms: number }>(k, 'primes')),
  );
  await Promise.all(kids.map(waitExit));
  return {
    ms: performance.now() - t0,
    count: parts.reduce((s, p) => s + p.count, 0),
    computeMs: Math.max(...parts.map((p) => p.ms)),
  };
}

export async function multicore(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const n = availableParallelism();
  const limit = ctx.fast ? 1_500_000 : 4_000_000;
  out.say(text.multicoreIntro, { limit: limit.toLocaleString('en'), n });
  const busy = watchMachine();
  const runs = [];
  for (const k of n > 1 ? [1, n] : [1, 2]) {
    const r = await countPrimes(ctx, limit, k);
    runs.push(r);
    out.event('measure', {
      name: k === 1 ? 'primes-1-process' : `primes-${k}-processes`,
      ms: Math.round(r.ms),
      computeMs: Math.round(r.computeMs),
    });
    out.fact(text.multicoreRow, {
      processes: counted(words.process, k),
      ms: ms(r.ms),
      count: r.count,
      compute: ms(r.computeMs),
    });
  }
  const [one, many] = runs as [(typeof runs)[0], (typeof runs)[0]];
  const speedup = Number((one.ms / many.ms).toFixed(2));
  out.event('measure', { name: 'speedup', value: speedup, ideal: n });
  out.bars([
    { label: '1', value: one.ms, text: ms(one.ms) },
    { label: String(n > 1 ? n : 2), value: many.ms, text: ms(many.ms) },
  ]);
  out.fact(text.multicoreSpeedup, { speedup, n });
  out.say(text.multicoreWhy);
  verdict(
    out,
    {
      name: 'multicore-speedup',
      holds: n > 1 && speedup >= MIN_SPEEDUP,
      values: {
        oneMs: Math.round(one.ms),
        manyMs: Math.round(many.ms),
        processes: n,
        speedup,
        minSpeedup: MIN_SPEEDUP,
      },
      busy: busy(),
    },
    { holds: text.multicoreHolds, fails: n > 1 ? text.multicoreFails : text.multicoreOneCore },
    { n, one: ms(one.ms), many: ms(many.ms) },
  );
}
