/**
 * Who PID 1 is, by name. An orphan is re-parented to the nearest subreaper or else to PID 1, which
 * is then the one that must wait() for it. Whether it does, and how fast, is not read from its
 * name: the zombie lesson's `pid1` part watches what it does with an orphan's zombie.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { query } from './inflight.js';

const run = promisify(execFile);

export interface Pid1 {
  /** Its short name (`comm`), e.g. systemd, tini, process_api; '?' when it cannot be read. */
  name: string;
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
  return { name };
}
