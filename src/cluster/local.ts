/**
 * Worker programs on this machine, for a run without a classroom: each is `proc-lab worker`
 * itself (the same program a student starts on a laptop), started as a registered child so it
 * ends with proc-lab. The Redis URL goes in the environment, not on the command line: a command
 * line is world-readable in /proc/<pid>/cmdline and in `ps`, and the URL may hold a password.
 */
import type { ChildProcess } from 'node:child_process';
import type { ChildRegistry } from '../runtime/children.js';
import { locate } from '../runtime/demo.js';

export function startLocalWorkers(
  children: ChildRegistry,
  o: { url: string; queue: string; count: number },
): ChildProcess[] {
  const cli = locate('../cli', import.meta.url);
  return Array.from({ length: o.count }, () =>
    children.spawn(
      'worker',
      process.execPath,
      [...cli.execArgv, cli.path, 'worker', '--queue', o.queue, '--json'],
      { stdio: 'ignore', env: { ...process.env, REDIS_URL: o.url } },
    ),
  );
}

/** Stop them the polite way (SIGTERM: they hand their tasks back) and wait until each is reaped. */
export async function stopLocalWorkers(
  children: ChildRegistry,
  workers: readonly ChildProcess[],
): Promise<void> {
  for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => children.waitFor(w)));
}
