/**
 * Who PID 1 is. An orphan is re-parented to the nearest subreaper or else to PID 1, which is then
 * the one that must wait() for it. A real init does this promptly; a container whose PID 1 is the
 * application itself (or an agent like this machine's `process_api`) may do it late or never, and
 * orphaned zombies pile up. `docker run --init` or tini puts a real init there.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { query } from './inflight.js';

const run = promisify(execFile);

/** Programs known to reap adopted children promptly when they run as PID 1. */
export const REAL_INITS: readonly string[] = [
  'systemd',
  'init',
  'tini',
  'docker-init',
  'dumb-init',
  'catatonit',
  'runit',
  'runit-init',
  's6-svscan',
  'openrc-init',
  'launchd',
  'upstart',
];

export interface Pid1 {
  /** Its short name (`comm`), e.g. systemd, tini, process_api; '?' when it cannot be read. */
  name: string;
  /** True when it is a known init that reaps orphans promptly; false means: do not rely on it. */
  reaps: boolean;
}

export async function pid1(): Promise<Pid1> {
  let name = '?';
  try {
    if (process.platform === 'linux') name = readFileSync('/proc/1/comm', 'utf8').trim();
    else if (process.platform !== 'win32') {
      const ps = () => run('ps', ['-o', 'comm=', '-p', '1']);
      const { stdout } = await query(ps, { stdout: '?', stderr: '' });
      name = stdout.trim().split('/').pop() ?? '?';
    }
  } catch {
    // unreadable (hardened /proc, no ps): unknown, so it is not relied on
  }
  return { name, reaps: REAL_INITS.includes(name) };
}
