/**
 * The Python demos (the material's own os.fork() program, a subreaper, the ipc client): finding
 * python3 without starting a process (a walk over PATH), and locating the .py files. tsc does not
 * copy them, so they are looked for beside the compiled demos and then in the package's src/demos
 * (shipped via package.json "files"); from the sources (tsx) the first place is already right.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The python3 to run, or undefined. PROC_LAB_PYTHON overrides the name; a
 * name that is not found counts as no Python (tests use that to take the no-Python path).
 */
export function findPython(env = process.env): string | undefined {
  const name = env.PROC_LAB_PYTHON || 'python3';
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
  const places = [`../demos/${name}.py`, `../../src/demos/${name}.py`].map((rel) =>
    fileURLToPath(new URL(rel, import.meta.url)),
  );
  return places.find((p) => existsSync(p)) ?? places[0]!;
}
