/**
 * Drive the built CLI as a user does (argv in; stdout, stderr and exit code out) and check the
 * process table from outside afterwards. Every run is tagged with an environment variable that its
 * children inherit, so anything it leaves behind can be found without trusting proc-lab's registry.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: tests run compiled from .build/test, so walk up to package.json. */
export const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
})();
export const BIN = join(ROOT, 'bin', 'proc-lab.js');

/** Progress files of test runs go here, never into the user's real config directory. */
export const CONFIG_HOME = mkdtempSync(join(tmpdir(), 'proc-lab-test-config-'));
process.on('exit', () => rmSync(CONFIG_HOME, { recursive: true, force: true }));
export const TAG_VAR = 'PROC_LAB_TEST_RUN';

export interface Event {
  event: string;
  t: number;
  pid?: number;
  ppid?: number;
  [key: string]: unknown;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  tag: string;
  /** Parsed stdout lines (only meaningful with --json). */
  events: Event[];
  /** Every PID named by any event: the children of this run. */
  pids: number[];
  ms: number;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Called for each event as it arrives; may signal the process (see `child`). */
  onEvent?: (e: Event, child: ChildProcess) => void;
}

/** Parse --json stdout strictly: every line must be an object with `event` and `t`. */
export function parseEvents(stdout: string): Event[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const e = JSON.parse(line) as Event;
      if (typeof e.event !== 'string' || typeof e.t !== 'number') {
        throw new Error(`not an event line: ${line}`);
      }
      return e;
    });
}

export function eventPids(events: readonly Event[]): number[] {
  const pids = new Set<number>();
  for (const e of events) {
    for (const [k, v] of Object.entries(e)) {
      if (typeof v === 'number' && /^(pid|old|new)$/i.test(k)) pids.add(v);
      if (Array.isArray(v) && k === 'pids')
        for (const p of v) if (typeof p === 'number') pids.add(p);
    }
  }
  return [...pids];
}

export function run(args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const tag = randomUUID();
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NO_COLOR: '1',
      XDG_CONFIG_HOME: CONFIG_HOME,
      ...opts.env,
      [TAG_VAR]: tag,
    },
  });
  let stdout = '';
  let stderr = '';
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (!opts.onEvent) return;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith('{')) opts.onEvent(JSON.parse(line) as Event, child);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let events: Event[] = [];
      try {
        events = parseEvents(stdout);
      } catch {
        // prose output: no events
      }
      resolve({
        code,
        signal,
        stdout,
        stderr,
        tag,
        events,
        pids: eventPids(events).filter((p) => p !== child.pid),
        ms: performance.now() - t0,
      });
    });
  });
}

/**
 * Ctrl-C at a chosen moment: run the CLI, send SIGINT at the first event `when` matches (an event
 * name or a predicate), and check that it was sent and that proc-lab exited 130 without a stack
 * trace. The caller then checks the process table its own way.
 */
export async function interruptAt(
  args: readonly string[],
  when: string | ((e: Event) => boolean),
  /** afterMs: send it that long after the event (default at once). */
  opts: Omit<RunOptions, 'onEvent'> & { afterMs?: number } = {},
): Promise<RunResult> {
  const match = typeof when === 'string' ? (e: Event) => e.event === when : when;
  let sent = false;
  const r = await run(args, {
    ...opts,
    onEvent: (e, child) => {
      if (!sent && match(e)) {
        sent = true;
        if (opts.afterMs) setTimeout(() => child.kill('SIGINT'), opts.afterMs);
        else child.kill('SIGINT');
      }
    },
  });
  assert.ok(
    sent,
    `the moment to interrupt came (${typeof when === 'string' ? when : 'predicate'})`,
  );
  assert.equal(r.code, 130, r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  return r;
}

export interface ProcInfo {
  pid: number;
  ppid: number;
  state: string;
  comm: string;
}

export function procInfo(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm may contain spaces and parentheses: split at the last ')'.
    const close = stat.lastIndexOf(')');
    const [state, ppid] = stat.slice(close + 2).split(' ');
    return {
      pid,
      ppid: Number(ppid),
      state: state!,
      comm: stat.slice(stat.indexOf('(') + 1, close),
    };
  } catch {
    return undefined;
  }
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

/**
 * Processes a run left behind: any carrying its tag in their environment, any zombie among the
 * PIDs its events named, and any zombie whose parent is one of those.
 */
export function leftovers(tag: string, pids: readonly number[] = []): ProcInfo[] {
  const found = new Map<number, ProcInfo>();
  const needle = `${TAG_VAR}=${tag}`;
  for (const pid of allPids()) {
    if (pid === process.pid) continue;
    let env = '';
    try {
      env = readFileSync(`/proc/${pid}/environ`, 'latin1');
    } catch {
      continue;
    }
    if (env.split('\0').includes(needle)) {
      const info = procInfo(pid);
      if (info) found.set(pid, info);
    }
  }
  // A zombie has an empty environment, so the tag cannot find it: look up the PIDs named in the
  // events too. (A live process under such a PID without our tag is a reused PID, not ours.)
  for (const pid of pids) {
    const info = procInfo(pid);
    if (info?.state === 'Z') found.set(pid, info);
  }
  const ours = new Set([...found.keys(), ...pids]);
  for (const pid of allPids()) {
    const info = procInfo(pid);
    if (info?.state === 'Z' && ours.has(info.ppid)) found.set(pid, info);
  }
  return [...found.values()];
}

/** Wait briefly for stragglers to finish exiting, then return what is still there. */
export async function settle(
  tag: string,
  pids: readonly number[] = [],
  ms = 3000,
): Promise<ProcInfo[]> {
  const end = Date.now() + ms;
  for (;;) {
    const left = leftovers(tag, pids);
    if (left.length === 0 || Date.now() > end) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether a PID currently exists at all, and in which state. */
export function stateOf(pid: number): string | undefined {
  return procInfo(pid)?.state;
}

const WIDE = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/;

/**
 * Prose with the layout's wrapping undone, so a test can match a sentence whatever the width: a
 * line break inside a paragraph (and the next line's indent) becomes a space, or nothing between
 * two Chinese characters. Blank lines still separate paragraphs.
 */
export function unwrap(s: string): string {
  return s.replace(/([^\n])\n[ \t]*([^\n\s])/g, (_, a: string, b: string) =>
    WIDE.test(a) && WIDE.test(b) ? a + b : `${a} ${b}`,
  );
}
