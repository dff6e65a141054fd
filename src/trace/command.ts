/**
 * Can the command run at all? Checked before anything starts, so that "not found" (127) and
 * "cannot be run" (126) are one clear line each, with the codes a shell uses, and never a trace of
 * strace failing to exec.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Bi, fmt } from '../i18n/index.js';
import { findOnPath, isExecutableFile } from '../runtime/which.js';
import { text } from './text.js';

export const NOT_FOUND = 127;
export const CANNOT_RUN = 126;

/** The command could not start: exit 127 or 126, with one bilingual line. */
export class CommandError extends Error {
  constructor(
    readonly exitCode: number,
    readonly text: Bi,
  ) {
    super(text.en);
    this.name = 'CommandError';
  }
}

/** A program the kernel can exec: an ELF binary or a script with a #! line. */
function looksRunnable(path: string): boolean {
  const head = Buffer.alloc(4);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const n = readSync(fd, head, 0, 4, 0);
    return (n >= 2 && head.subarray(0, 2).toString('latin1') === '#!') || head.equals(ELF);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);

/** The path that will be executed, or a CommandError. */
export function resolveCommand(name: string, env: NodeJS.ProcessEnv, cwd = process.cwd()): string {
  const path = name.includes('/') ? resolve(cwd, name) : findOnPath(name, env);
  if (path === undefined) throw new CommandError(NOT_FOUND, fmt(text.notFound, { name }));
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new CommandError(NOT_FOUND, fmt(text.notFound, { name }));
  }
  if (isDir) throw new CommandError(CANNOT_RUN, fmt(text.isDirectory, { name }));
  if (!isExecutableFile(path))
    throw new CommandError(CANNOT_RUN, fmt(text.notExecutable, { name }));
  if (!looksRunnable(path)) throw new CommandError(CANNOT_RUN, fmt(text.notAProgram, { name }));
  return path;
}

/** errno of a failed exec, as a shell would exit: ENOENT 127, anything else 126. */
export function spawnErrorCode(errno: number): number {
  return errno === 2 ? NOT_FOUND : CANNOT_RUN;
}
