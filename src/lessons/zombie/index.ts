/**
 * Lesson `zombie` (material §1.4 and the missing §1.5.1): a real zombie seen in the process table
 * and reaped by its own parent, an orphan adopted by a subreaper, and who PID 1 is. `--watch`
 * replaces the sections with a live view (zombie-watch.ts).
 */
import { closeQueries } from '../../proctable/index.js';
import { waitExit } from '../../runtime/messages.js';
import type { LessonContext, LessonModule } from '../types.js';
import { orphan } from './orphan.js';
import { pid1Section } from './pid1.js';
import { text } from './text.js';
import { python, zombie } from './zombie.js';

/** Windows: no fork, no zombies. Show what a process handle keeps instead. */
async function windows(ctx: LessonContext): Promise<void> {
  ctx.out.say(text.windows);
  const child = ctx.demo('crash', ['exit3'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  const { code } = await waitExit(child);
  ctx.out.fact(text.windowsExit, { pid: child.pid ?? '?', code: code ?? '?' });
}

const lesson: LessonModule = {
  sections: { zombie, orphan, pid1: pid1Section },
  async override(ctx) {
    // Before exiting, let any `ps` started for the process table finish, so none is orphaned.
    ctx.children.onCleanup(closeQueries);
    if (process.platform === 'win32') {
      await windows(ctx);
      return true;
    }
    python(ctx);
    if (!ctx.options.watch) return false;
    const { watch } = await import('./watch.js');
    await watch(ctx);
    return true;
  },
};
export default lesson;
