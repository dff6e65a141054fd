/**
 * Second-terminal commands: while a demo keeps processes alive, print the exact commands that
 * show the same PIDs with the system's own tools, so a teacher can point at them in `ps`, `pstree`
 * or `htop` too. The commands are only worth printing while the processes still exist, so
 * `watchWhileAlive` also keeps them alive long enough to type the commands, and says how long.
 */
import type { LessonContext } from '../lessons/types.js';
import { ms } from './format.js';
import type { Output } from './output.js';
import { pause } from './pause.js';

export function watchCommands(pids: readonly number[], root = process.pid): string[] {
  const list = [root, ...pids.filter((p) => p !== root)].join(',');
  return [`ps -o pid,ppid,stat,etime,cmd -p ${list}`, `pstree -p ${root}`, `htop -p ${list}`];
}

export function showWatchHint(out: Output, pids: readonly number[], root = process.pid): void {
  if (out.json) return;
  out.say({
    zh: '它们还活着的时候，可以在另一个终端里用系统工具看到同样的 PID：',
    en: 'While they are alive, another terminal shows the same PIDs with the system’s tools:',
  });
  out.lines(watchCommands(pids, root).map((c) => `    ${out.c.cyan(c)}`));
}

/** How long processes are kept for the second terminal when nobody presses a key: a few seconds. */
const KEEP_MS = 3000;

/**
 * The hint, then time to use it while `pids` live: with --step in a terminal, a pause right now
 * (they stay until Enter); otherwise they are kept a few seconds at the lesson's pace, and it
 * says so. Call it before the part lets the processes end.
 */
export async function watchWhileAlive(ctx: LessonContext, pids: readonly number[]): Promise<void> {
  const { out } = ctx;
  showWatchHint(out, pids);
  // --json keeps the same pace (a script sees the processes live as long), only without words.
  if (out.json) {
    await ctx.sleep(ctx.scale(KEEP_MS));
    return;
  }
  if (ctx.step && out.interactive) {
    out.say({
      zh: '它们会一直活着，直到你按 Enter。',
      en: 'They stay alive until you press Enter.',
    });
    // Only Enter is offered: leaving the lesson is for the pause after the section.
    await pause(out, false, { zh: 'Enter ↵ 继续', en: 'Enter ↵ continue' });
    return;
  }
  const keep = ctx.scale(KEEP_MS);
  out.say(
    { zh: '让它们再活 {ms}，然后结束。', en: 'They are kept alive {ms} longer, then ended.' },
    { ms: ms(keep) },
  );
  await ctx.sleep(keep);
}
