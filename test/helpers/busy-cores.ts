/**
 * Keep every core busy while a comparison runs, as a shared machine would: one spinning node
 * process per core, tagged like a CLI run (so the process-table check can find a straggler), and
 * ended (and reaped) by the returned stop function.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { TAG_VAR } from './cli.js';

export interface BusyCores {
  pids: number[];
  stop(): Promise<void>;
}

export async function busyCores(tag: string, n = availableParallelism()): Promise<BusyCores> {
  const kids: ChildProcess[] = Array.from({ length: n }, () =>
    spawn(process.execPath, ['-e', 'process.stdout.write("spinning\\n"); for (;;) {}'], {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, [TAG_VAR]: tag },
    }),
  );
  // Wait until each one runs its loop, so the measurement starts on a loaded machine.
  await Promise.all(kids.map((k) => new Promise((resolve) => k.stdout!.once('data', resolve))));
  return {
    pids: kids.map((k) => k.pid!),
    stop: async () => {
      await Promise.all(
        kids.map(
          (k) =>
            new Promise((resolve) => {
              if (k.exitCode !== null || k.signalCode !== null) return resolve(undefined);
              k.once('exit', resolve);
              k.kill('SIGKILL');
            }),
        ),
      );
    },
  };
}
