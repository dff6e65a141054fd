/**
 * The process table as `ps` shows it: ps-list gives PID, PPID, name and command line on every
 * platform; the state letter (Z for a zombie) and the age come from the kernel entry (stat.ts),
 * which ps-list does not read.
 */
import psList from 'ps-list';
import { query } from './inflight.js';
import { entries } from './stat.js';

export interface ProcRow {
  pid: number;
  ppid: number;
  name: string;
  /** Full command line; a zombie's is gone, so ps shows `[name] <defunct>`. */
  cmd: string;
  state: string;
  ageMs?: number;
}

/**
 * Every process now in the table, with its state. Processes that end between the two reads are
 * left out (a PID that is gone has no state to show).
 */
export async function snapshot(): Promise<ProcRow[]> {
  const listed = await query(() => psList(), []);
  const states = await entries(listed.map((p) => p.pid));
  const rows: ProcRow[] = [];
  for (const p of listed) {
    const e = states.get(p.pid);
    if (!e && process.platform !== 'win32') continue;
    const age = e?.ageMs ?? (p.startTime ? Date.now() - p.startTime.getTime() : undefined);
    rows.push({
      pid: p.pid,
      ppid: e?.ppid ?? p.ppid,
      name: p.name,
      cmd: p.cmd || (e?.state === 'Z' ? `[${p.name}] <defunct>` : p.name),
      state: e?.state ?? '?',
      ...(age === undefined ? {} : { ageMs: age }),
    });
  }
  return rows;
}

export const isZombie = (row: { state: string }) => row.state === 'Z';
