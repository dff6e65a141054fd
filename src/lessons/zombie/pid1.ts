/**
 * Who adopts orphans here: PID 1's name, whether it is a real init, and how many zombies the
 * machine holds right now (and how many of them wait for PID 1).
 */
import { isZombie, type Pid1, pid1, snapshot } from '../../proctable/index.js';
import type { LessonContext } from '../types.js';
import { text } from './orphan.text.js';

const found = new WeakMap<LessonContext, Pid1>();

/** PID 1, looked up and reported (`pid1` event) once per run. */
export async function pid1Once(ctx: LessonContext): Promise<Pid1> {
  let p = found.get(ctx);
  if (!p) {
    p = await pid1();
    found.set(ctx, p);
    ctx.out.event('pid1', { name: p.name, reaps: p.reaps });
  }
  return p;
}

export async function pid1Section(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const p = await pid1Once(ctx);
  out.fact(text.pid1Is, { name: p.name });
  out.say(p.reaps ? text.pid1Real : text.pid1NotReal, { name: p.name });
  if (!out.json) {
    const zombies = (await snapshot()).filter(isZombie);
    out.fact(text.zombiesNow, { n: zombies.length, m: zombies.filter((z) => z.ppid === 1).length });
  }
  out.say(text.subreaper);
}
