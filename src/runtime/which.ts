/**
 * Finding a program on PATH without starting a process, as a shell does before it runs one: the
 * first executable regular file named `name` in PATH's directories.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The full path of `name` on `PATH`, or undefined. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const path = join(dir, name);
    if (dir && isExecutableFile(path)) return path;
  }
  return undefined;
}
