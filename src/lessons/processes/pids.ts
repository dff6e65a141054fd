/** Part `pids`: children report their PID and PPID, the parent is the same for all. */
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { watchWhileAlive } from '../../ui/watch-hint.js';
import type { LessonContext } from '../types.js';
import { text } from './text.js';

export interface Hello {
  pid: number;
  ppid: number;
  rss: number;
}

export async function pids(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const n = ctx.options.children as number;
  out.say(text.pidsIntro, { pid: process.pid, n });
  const kids = Array.from({ length: n }, () => ctx.demo('report'));
  const hellos = await Promise.all(kids.map((k) => waitMessage<Hello>(k, 'hello')));
  for (const h of hellos) out.event('report', { pid: h.pid, ppid: h.ppid });
  out.table(
    [text.pidsRow, { zh: 'PID', en: 'PID' }, { zh: 'PPID', en: 'PPID' }],
    hellos.map((h, i) => [`#${i + 1}`, h.pid, h.ppid]),
  );
  await watchWhileAlive(
    ctx,
    hellos.map((h) => h.pid),
  );
  for (const k of kids) k.send({ type: 'bye' });
  await Promise.all(kids.map(waitExit));
  out.say(text.pidsExplain, { pid: process.pid });
}
