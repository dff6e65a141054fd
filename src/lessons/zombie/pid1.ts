/**
 * Who adopts orphans here, and what it does with them: PID 1's name, and then a probe that decides
 * from behaviour, not from a list of names, whether PID 1 (or the subreaper above proc-lab) reaps
 * an orphan's zombie, and how fast. A shell starts `sleep` in the background and exits at once;
 * the sleep is adopted, ends a moment later, and is a zombie until its adopter wait()s for it.
 *
 * NOTE: the probe is the one place where proc-lab relies on another parent: if the adopter never
 * reaps, the probe's zombie stays until it does (the screen says so, with its PID). The sleep ends
 * by itself, so the probe never leaves a running process, even if proc-lab is killed meanwhile.
 */
import { readFileSync } from 'node:fs';
import { counted } from '../../i18n/index.js';
import { words } from '../../i18n/words.js';
import { GONE, isZombie, type Pid1, pid1, StateWatch, snapshot } from '../../proctable/index.js';
import { LessonFailure } from '../../runtime/errors.js';
import { ms } from '../../ui/format.js';
import type { LessonContext } from '../types.js';
import { text } from './orphan.text.js';

/** How long the orphan lives after its shell has exited. */
const SLEEP_S = 0.3;
/** A zombie reaped within this is reaped "at once", as a real init does on SIGCHLD. */
export const PROMPT_MS = 100;
/** Give up waiting for the adopter after this long. */
export const LIMIT_MS = 10_000;

export interface Probe extends Pid1 {
  /** The probe's orphan. */
  orphan: number;
  /** Who the kernel re-parented it to (1, or a subreaper above proc-lab). */
  adoptedBy: number;
  adopterName: string;
  /** Reaped within LIMIT_MS. */
  reaps: boolean;
  /** From its first sighting as Z to leaving the table; undefined when not reaped in time. */
  zombieMs?: number;
}

const names = new WeakMap<LessonContext, Pid1>();
const probes = new WeakMap<LessonContext, Promise<Probe>>();

/** PID 1's name, looked up once per run. */
export async function pid1Once(ctx: LessonContext): Promise<Pid1> {
  let p = names.get(ctx);
  if (!p) {
    p = await pid1();
    names.set(ctx, p);
  }
  return p;
}

function commOf(pid: number, fallback: string): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return fallback;
  }
}

function deadline<T>(p: Promise<T>, limitMs: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), limitMs);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

async function runProbe(ctx: LessonContext): Promise<Probe> {
  const { name } = await pid1Once(ctx);
  const sh = ctx.children.spawn('pid1-probe', '/bin/sh', ['-c', `sleep ${SLEEP_S} & echo $!`], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  sh.stdout?.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  const closed = new Promise((resolve) => sh.once('close', resolve));
  const orphanPid = () => Number(out.trim()) || undefined;
  const watch = new StateWatch((s) =>
    ctx.out.event('state', { pid: s.pid, ppid: s.ppid, state: s.state }),
  );
  // Ended early (Ctrl-C, from the very start): the shell ends by itself right after its echo;
  // then end the sleep and wait, within the limit, for its adopter to reap it.
  const undo = ctx.children.onCleanup(async () => {
    await closed;
    const pid = orphanPid();
    if (pid === undefined) return;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already ended
    }
    watch.add(pid);
    await deadline(
      watch.until(pid, (s) => s.state === GONE),
      LIMIT_MS,
    );
    watch.stop();
  });
  try {
    await closed;
    const orphan = orphanPid();
    if (orphan === undefined) throw new LessonFailure(text.probeFailed);
    watch.add(orphan);
    const adopted = await watch.until(orphan, (s) => s.ppid !== sh.pid || s.state === GONE);
    const adoptedBy = adopted.state === GONE ? 0 : adopted.ppid;
    const zombie = await deadline(
      watch.until(orphan, (s) => s.state === 'Z' || s.state === GONE),
      LIMIT_MS,
    );
    const zAt = performance.now();
    const gone =
      zombie?.state === GONE
        ? zombie
        : await deadline(
            watch.until(orphan, (s) => s.state === GONE),
            LIMIT_MS,
          );
    const reaps = gone !== undefined;
    const probe: Probe = {
      name,
      orphan,
      adoptedBy,
      adopterName: adoptedBy === 1 ? name : commOf(adoptedBy, '?'),
      reaps,
      ...(reaps ? { zombieMs: Math.round(performance.now() - zAt) } : {}),
    };
    ctx.out.event('pid1', { ...probe, pid: orphan, limitMs: LIMIT_MS });
    return probe;
  } finally {
    watch.stop();
    undo();
  }
}

/** The probe, run once per run (the orphan part without a subreaper needs it too). */
export function probeOnce(ctx: LessonContext): Promise<Probe> {
  let p = probes.get(ctx);
  if (!p) {
    p = runProbe(ctx);
    probes.set(ctx, p);
  }
  return p;
}

export async function pid1Section(ctx: LessonContext): Promise<void> {
  const { out } = ctx;
  const { name } = await pid1Once(ctx);
  out.fact(text.pid1Is, { name });
  out.say(text.probeIntro, { s: SLEEP_S, limit: ms(LIMIT_MS) });
  const p = await probeOnce(ctx);
  out.fact(text.probeAdopted, { pid: p.orphan, by: p.adoptedBy, name: p.adopterName });
  const vars = { name: p.adopterName, ms: ms(p.zombieMs ?? LIMIT_MS), pid: p.orphan };
  if (!p.reaps) out.correction(text.pid1Never, { ...vars, limit: ms(LIMIT_MS) });
  else if ((p.zombieMs ?? 0) <= PROMPT_MS) out.say(text.pid1Prompt, vars);
  else out.say(text.pid1Late, { ...vars, prompt: ms(PROMPT_MS) });
  if (p.adoptedBy !== 1 && p.adoptedBy !== 0) out.say(text.notPid1, { name });
  if (!out.json) {
    const zombies = (await snapshot()).filter(isZombie);
    out.fact(text.zombiesNow, {
      zombies: counted(words.zombie, zombies.length),
      m: zombies.filter((z) => z.ppid === 1).length,
    });
  }
  out.say(text.subreaper);
}
