/** Reading `proc-lab trace --json` runs in tests: events by name, the summary, the leftovers. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { type Event, type RunOptions, type RunResult, run, settle } from './cli.js';

export const linux = process.platform === 'linux';
export const hasStrace = linux && spawnSync('strace', ['-V']).status === 0;
export const python = (() => {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
})();

/** `proc-lab trace --json --observer KIND -- COMMAND...`, the events parsed. */
export const traceWith = (kind: string, command: readonly string[], opts?: RunOptions) =>
  run(['trace', '--json', '--observer', kind, '--', ...command], opts);

export const named = (r: RunResult, name: string) => r.events.filter((e) => e.event === name);

export function summary(r: RunResult): Event & Record<string, number | string | null> {
  const s = named(r, 'summary');
  assert.equal(s.length, 1, `one summary event: ${r.stdout.slice(-500)} ${r.stderr}`);
  return s[0] as Event & Record<string, number | string | null>;
}

export function observer(r: RunResult): Event & { kind: string; subreaper: number | null } {
  const o = named(r, 'observer');
  assert.equal(o.length, 1, r.stderr);
  return o[0] as Event & { kind: string; subreaper: number | null };
}

/** Every PID an event of this run named, for the zombie check of `leftovers`. */
export function pidsOf(r: RunResult): number[] {
  const pids = new Set(r.pids);
  for (const e of r.events)
    for (const k of ['by', 'from', 'to']) if (typeof e[k] === 'number') pids.add(e[k]);
  return [...pids];
}

/** Nothing of this run is left in the process table (live or zombie), checked from outside. */
export async function nothingLeft(r: RunResult): Promise<void> {
  assert.deepEqual(await settle(r.tag, pidsOf(r)), [], 'nothing of the traced program is left');
}
