/** Part `stability`: three children end three ways (throw, exit 3, SIGKILL); the parent goes on. */
import { type Bi, fmt } from '../../i18n/index.js';
import { waitExit, waitMessage } from '../../runtime/messages.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { text } from './text.js';

const CRASHES: readonly { how: string; what: Bi }[] = [
  { how: 'throw', what: text.whatThrow },
  { how: 'exit3', what: text.whatExit },
  { how: 'hang', what: text.whatKill },
];

export async function stability(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  out.say(text.stabilityIntro);
  const t0 = performance.now();
  // stderr is piped so the thrown child's stack trace does not spill over the lesson.
  const kids = CRASHES.map((c) => ({
    ...c,
    child: ctx.demo('crash', [c.how], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] }),
  }));
  await Promise.all(kids.map((k) => waitMessage(k.child, 'ready')));
  kids.find((k) => k.how === 'hang')!.child.kill('SIGKILL');
  for (const k of kids) {
    const { code, signal } = await waitExit(k.child);
    const how = signal
      ? fmt(text.exitSignal, { signal })
      : fmt(text.exitCode, { code: code ?? '?' });
    out.fact(text.stabilityRow, { pid: k.child.pid!, what: k.what, how });
  }
  out.event('alive', { pid: process.pid, ms: Math.round(performance.now() - t0) });
  out.fact(text.stabilitySurvivor, { pid: process.pid, ms: ms(performance.now() - t0) });
  out.say(text.stabilityExplain);
}
