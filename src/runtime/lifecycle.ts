/**
 * How proc-lab ends, in one place: signals, a closed stdout, errors and the normal end all clean
 * up the registry first and then exit with the documented code. Nothing deep in a lesson calls
 * process.exit.
 */
import { type Bi, inline, type Lang } from '../i18n/index.js';
import { children } from './children.js';
import { EXIT } from './errors.js';

const SIGNAL_EXIT: Record<string, number> = {
  SIGINT: EXIT.interrupted,
  SIGTERM: 143,
  SIGHUP: 129,
};

const INTERRUPTED: Bi = {
  zh: '已中断：正在结束 proc-lab 启动的所有进程……',
  en: 'Interrupted: ending every process proc-lab started…',
};

let ending: number | undefined;
let said = false;
/** While set, Ctrl-C is someone else's to handle (the menu's lesson, a child process of its own). */
let held = false;

/** True once proc-lab has begun to end: errors from children being killed are then expected. */
export function isEnding(): boolean {
  return ending !== undefined;
}

/** Flush stdout, then exit. Exit is explicit because a raw-mode stdin or a timer may linger. */
export async function exitWith(code: number): Promise<never> {
  await new Promise<void>((resolve) => {
    if (process.stdout.writableEnded || process.stdout.destroyed) resolve();
    else process.stdout.write('', () => resolve());
  });
  process.exit(code);
}

/**
 * Clean up every child and exit. The first call decides the exit code; later calls (a lesson's
 * await failing because its child was just killed) wait for it instead of racing it.
 */
export async function shutdown(code: number): Promise<never> {
  if (ending !== undefined) return new Promise<never>(() => {});
  ending = code;
  await children.end();
  return exitWith(code);
}

/** A second Ctrl-C while cleaning up: kill what is left at once. */
async function hurry(): Promise<never> {
  await children.end(0);
  process.exit(ending ?? EXIT.interrupted);
}

/**
 * Ctrl-C, however it arrived (SIGINT, or a prompt in raw mode that saw the key): one
 * "interrupted" line on stderr, every child ended, exit 130.
 */
export function interrupt(lang: Lang): Promise<never> {
  if (!said) process.stderr.write(`\n${inline(INTERRUPTED, lang)}\n`);
  said = true;
  return shutdown(EXIT.interrupted);
}

/**
 * Run `fn` while Ctrl-C belongs to a child in the foreground (the terminal sends SIGINT to the
 * whole process group): the child ends itself and says so; this process carries on afterwards.
 */
export async function holdingInterrupts<T>(fn: () => Promise<T>): Promise<T> {
  held = true;
  try {
    return await fn();
  } finally {
    held = false;
  }
}

/** Install the handlers once per proc-lab process. */
export function installLifecycle(lang: Lang): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.on(signal, () => {
      if (held && signal === 'SIGINT') return;
      if (isEnding()) return void hurry();
      if (signal === 'SIGINT') return void interrupt(lang);
      void shutdown(code);
    });
  }
  // A reader that went away (`proc-lab pool --json | head -1`): nobody is listening, end quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') void shutdown(EXIT.failure);
  });
}
