/**
 * The task module of the pool lesson: pool workers import it and call its functions by name, as
 * Python's pickle refers to `foo` by module and name. `foo` is the material's task. Run alone (or
 * forked once per task by the lesson's "one process per task" comparison), it runs one task in
 * this very process and reports the result.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { report } from '../runtime/child-side.js';

/** The material's foo(i): sleep, print this worker's PID, return i + 100. */
export async function foo(i: number, ms = 2000): Promise<number> {
  await sleep(ms);
  console.log('in the process', process.pid);
  return i + 100;
}

/** A task that ends its own worker abruptly, as a crash or `kill -9` would. */
export function suicide(): never {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL ends the process');
}

/** No work at all: what is left is the pool's own cost per task. */
export function noop(): null {
  return null;
}

/** A tiny task: a few microseconds of arithmetic. */
export function tiny(i: number): number {
  return i * i;
}

const tasks: Record<string, (...args: number[]) => unknown> = { foo, noop, tiny };

// Only when this file is the program itself, never when a pool worker imports it.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [name = 'foo', ...args] = process.argv.slice(2);
  const fn = tasks[name];
  if (!fn) throw new Error(`no task '${name}'; choose from: ${Object.keys(tasks).join(', ')}`);
  const value = await fn(...args.map(Number));
  report({ type: 'result', pid: process.pid, ppid: process.ppid, task: name, value });
  process.disconnect?.();
}

// Run alone: node dist/demos/pool-tasks.js foo 3 2000   (or tiny 7, noop)
