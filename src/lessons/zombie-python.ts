/**
 * The Python side of the zombie lesson: finding python3 without starting a process (a walk over
 * PATH), and locating the .py demos. They live in src/demos and `npm run build` copies them to
 * dist/demos, so the same relative path works from the sources (tsx) and from the build.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The python3 to run, or undefined. PROC_LAB_PYTHON overrides the name (tests set it to none). */
export function findPython(env = process.env): string | undefined {
  const name = env.PROC_LAB_PYTHON ?? 'python3';
  if (name === '') return undefined;
  if (name.includes('/')) return executable(name) ? name : undefined;
  if (process.platform === 'win32') return undefined; // the lesson uses no Python there
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const path = join(dir, name);
    if (dir && executable(path)) return path;
  }
  return undefined;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function pyDemo(name: string): string {
  return fileURLToPath(new URL(`../demos/${name}.py`, import.meta.url));
}
