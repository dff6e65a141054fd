/**
 * Second-terminal commands: while a demo keeps processes alive, print the exact commands that
 * show the same PIDs with the system's own tools, so a teacher can point at them in `ps`, `pstree`
 * or `htop` too.
 */
import type { Output } from './output.js';

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
