/**
 * Second-terminal commands: while a demo keeps processes alive, print the exact commands that
 * show the same PIDs with the system's own tools, so a teacher can point at them in `ps`, `pstree`
 * or `htop` too. The commands are only worth printing while the processes still exist, so
 * `watchWhileAlive` also keeps them alive long enough to type the commands, and says how long.
 */
import type { Bi } from '../i18n/index.js';
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
 * The hint, then time to use it while `pids` live (see keepAlive). Call it before the part lets
 * the processes end.
 */
export async function watchWhileAlive(
  ctx: LessonContext,
  pids: readonly number[],
  saying?: Bi,
): Promise<void> {
  showWatchHint(ctx.out, pids);
  await keepAlive(ctx, undefined, saying);
}

/** What keepAlive says by default: the processes end after the wait. */
const BEFORE_END: Bi = {
  zh: '让它们再活 {ms}，然后结束。',
  en: 'They are kept alive {ms} longer, then ended.',
};

/** For processes that are about to start work, not to end (a pool before its first task). */
export const BEFORE_WORK: Bi = {
  zh: '先等 {ms}，留时间看一看，然后程序才开始运行。',
  en: 'They wait {ms} for you to look; then the program runs.',
};

/**
 * Time to look while processes live: with --step in a terminal, a pause right now (they stay
 * until Enter); otherwise `keepMs` (a few seconds at the lesson's pace), said with `saying`.
 */
export async function keepAlive(
  ctx: LessonContext,
  keepMs = ctx.scale(KEEP_MS),
  saying: Bi = BEFORE_END,
): Promise<void> {
  const { out } = ctx;
  // --json keeps the same pace (a script sees the processes live as long), only without words.
  if (out.json) {
    await ctx.sleep(keepMs);
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
  out.say(saying, { ms: ms(keepMs) });
  await ctx.sleep(keepMs);
}
